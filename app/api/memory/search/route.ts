import { z } from "zod";
import { searchConcordance } from "@/lib/server/memory";
import { defineRead } from "@/app/_lib/define-read";

/** GET /api/memory/search?text=…: concordance hits in the memory, Chinese in either script or English words. */
export const GET = defineRead("concordance", z.object({ text: z.string().max(200) }), ({ text }) => searchConcordance({ text, limit: 50 }));
