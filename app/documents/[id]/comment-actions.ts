"use server";
import { z } from "zod";
import { MAX_COMMENT_LENGTH } from "@/lib/core/comments/comment-body";
import { authorizeSegment } from "@/lib/server/auth/authorize";
import { authorOf } from "@/lib/server/authors";
import { createThread, deleteComment, editComment, findCommentSegment, replyToThread, setThreadResolved } from "@/lib/server/comments";
import { defineAction } from "@/app/_lib/define-action";
import { ZId } from "@/app/_lib/schemas";

// The length is checked again (with its own message) by checkCommentBody; this bound only keeps huge requests out.
const ZBody = z.string().max(MAX_COMMENT_LENGTH * 4);

/** Starts a thread on a paragraph, or on one of its annotations. */
export const createCommentThreadAction = defineAction(
  "createCommentThreadAction",
  z.object({ segmentId: ZId, annotationId: ZId.nullable().optional(), body: ZBody }),
  async (input, user) => {
    await authorizeSegment(user, input.segmentId, "edit");
    return createThread({ ...input, author: authorOf(user) });
  },
);

export const replyToThreadAction = defineAction("replyToThreadAction", z.object({ threadId: ZId, body: ZBody }), async (input, user) => {
  await authorizeSegment(user, await findCommentSegment(input), "edit");
  return replyToThread({ ...input, author: authorOf(user) });
});

export const editCommentAction = defineAction("editCommentAction", z.object({ commentId: ZId, body: ZBody }), async (input, user) => {
  await authorizeSegment(user, await findCommentSegment(input), "edit");
  return editComment({ ...input, author: authorOf(user) });
});

export const deleteCommentAction = defineAction("deleteCommentAction", z.object({ commentId: ZId }), async (input, user) => {
  await authorizeSegment(user, await findCommentSegment(input), "edit");
  return deleteComment({ ...input, author: authorOf(user) });
});

export const setThreadResolvedAction = defineAction("setThreadResolvedAction", z.object({ threadId: ZId, resolved: z.boolean() }), async (input, user) => {
  await authorizeSegment(user, await findCommentSegment(input), "edit");
  return setThreadResolved({ ...input, author: authorOf(user) });
});
