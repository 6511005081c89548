import { z } from "zod";
import { findAnnotationQuotes } from "@/lib/server/annotations-of-segment";
import { authorizeSegment } from "@/lib/server/auth/authorize";
import { findThreads, mentionableUsers } from "@/lib/server/comments";

import { defineRead } from "@/app/_lib/define-read";

/** GET /api/segments/ID/comments: a paragraph's threads, its annotations (to comment on) and who can be mentioned. */
export const GET = defineRead("comments", z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) }), async ({ id }, user) => {
  const documentId = await authorizeSegment(user, id, "read");
  const [threads, annotations, people] = await Promise.all([findThreads({ segmentId: id }), findAnnotationQuotes({ segmentId: id }), mentionableUsers(documentId)]);
  return { threads, annotations, people };
});
