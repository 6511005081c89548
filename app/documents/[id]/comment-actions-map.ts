import type { CommentActions } from "@/components/together/together-actions";
import { createCommentThreadAction, deleteCommentAction, editCommentAction, replyToThreadAction, setThreadResolvedAction } from "./comment-actions";

/** The comment actions as the together layer names them. */
export const COMMENT_ACTIONS: CommentActions = {
  createThread: createCommentThreadAction,
  reply: replyToThreadAction,
  edit: editCommentAction,
  remove: deleteCommentAction,
  setResolved: setThreadResolvedAction,
};
