"use server";
import { z } from "zod";
import { BATCH_STATUSES, ORIGIN_FILTERS } from "@/lib/core/batch/batch-origins";
import { undoBatch } from "@/lib/server/batch-edits";
import { changeStatus, countRepetitions, fillRepetitions, lockParagraphs, unlockParagraphs } from "@/lib/server/batch-tools";
import { defineAction } from "@/app/_lib/define-action";
import { authorOf } from "@/lib/server/authors";
import { ZId } from "@/app/_lib/schemas";
import { authorizeDocument } from "@/lib/server/auth/authorize";
import { undoNeeds } from "@/lib/server/auth/undo-needs";

const ZSeen = z.array(z.object({ segmentId: ZId, baseVersion: z.number().int().nonnegative() })).max(100_000);

/** Undoes a batch of the document (replace all, status change, repetitions, pre-translation, lock): paragraphs changed since keep the later text. */
export const undoBatchAction = defineAction("undoBatchAction", z.object({ documentId: ZId, batchId: ZId }), async (input, user) => {
  await authorizeDocument(user, input.documentId, await undoNeeds(input));
  return undoBatch({ ...input, author: authorOf(user) });
});

/** Locks the reviewed paragraphs given (or every reviewed paragraph of the document) against edits. */
export const lockParagraphsAction = defineAction("lockParagraphsAction", z.object({ documentId: ZId, paragraphs: ZSeen.optional() }), async (input, user) => {
  await authorizeDocument(user, input.documentId, "review");
  return lockParagraphs({ ...input, author: authorOf(user) });
});

export const unlockParagraphsAction = defineAction("unlockParagraphsAction", z.object({ documentId: ZId, paragraphs: ZSeen }), async (input, user) => {
  await authorizeDocument(user, input.documentId, "review");
  return unlockParagraphs({ ...input, author: authorOf(user) });
});

/** Sets one status on the paragraphs given, optionally only on drafts of one origin. */
export const changeStatusAction = defineAction(
  "changeStatusAction",
  z.object({ documentId: ZId, paragraphs: ZSeen, status: z.enum(BATCH_STATUSES), from: z.enum(ORIGIN_FILTERS).optional() }),
  async (input, user) => {
    await authorizeDocument(user, input.documentId, input.status === "reviewed" ? "review" : "edit");
    return changeStatus({ ...input, author: authorOf(user) });
  },
);

export const countRepetitionsAction = defineAction("countRepetitionsAction", z.object({ documentId: ZId, segmentId: ZId }), async (input, user) => {
  await authorizeDocument(user, input.documentId, "read");
  return countRepetitions(input);
});

/** Fills the empty repetitions of a confirmed paragraph as drafts; texts come from the rows on the server. */
export const fillRepetitionsAction = defineAction("fillRepetitionsAction", z.object({ documentId: ZId, segmentId: ZId }), async (input, user) => {
  await authorizeDocument(user, input.documentId, "edit");
  return fillRepetitions({ ...input, author: authorOf(user) });
});
