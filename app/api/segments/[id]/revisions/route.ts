import { z } from "zod";
import { findRevisions } from "@/lib/server/segments";
import { defineRead } from "@/app/_lib/define-read";
import { authorizeSegment } from "@/lib/server/auth/authorize";

/** GET /api/segments/ID/revisions: a paragraph's history, newest first. */
export const GET = defineRead("revisions", z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) }), async ({ id }, user) => {
  await authorizeSegment(user, id, "read");
  return findRevisions({ segmentId: id });
}
);
