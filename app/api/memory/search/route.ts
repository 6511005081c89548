import { z } from "zod";
import { searchConcordance } from "@/lib/server/memory";
import { defineRead } from "@/app/_lib/define-read";
import { visibleProjectIds } from "@/lib/server/auth/authorize";

/** GET /api/memory/search?text=…: concordance hits in the memory of the user's projects and the shared memories, Chinese in either script or English words. */
export const GET = defineRead("concordance", z.object({ text: z.string().max(200) }), async ({ text }, user) =>
  searchConcordance({ text, limit: 50, projectIds: await visibleProjectIds(user) }),
);
