import { z } from "zod";
import { authorizeDocument } from "@/lib/server/auth/authorize";
import { findCommentCounts } from "@/lib/server/comments";
import { findReviewChanges } from "@/lib/server/review-changes";
import { defineRead } from "@/app/_lib/define-read";

/** GET /api/documents/ID/row-marks: per paragraph, its comment threads (open, all) and who changed it after review. */
export const GET = defineRead("rowMarks", z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) }), async ({ id }, user) => {
  await authorizeDocument(user, id, "read");
  const [comments, reviewChanges] = await Promise.all([findCommentCounts({ documentId: id }), findReviewChanges({ documentId: id })]);
  return { comments, reviewChanges };
});
