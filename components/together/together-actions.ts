import type { ActionResult } from "@/lib/core/action-result";
import type { ThreadView } from "@/lib/core/comments/comment-types";

/** The comment actions the editor's page hands to the together layer. */
export type CommentActions = {
  createThread: (input: { segmentId: number; annotationId?: number | null; body: string }) => Promise<ActionResult<ThreadView>>;
  reply: (input: { threadId: number; body: string }) => Promise<ActionResult<ThreadView>>;
  edit: (input: { commentId: number; body: string }) => Promise<ActionResult<ThreadView>>;
  remove: (input: { commentId: number }) => Promise<ActionResult<ThreadView | null>>;
  setResolved: (input: { threadId: number; resolved: boolean }) => Promise<ActionResult<ThreadView>>;
};
