"use server";
import { z } from "zod";
import { SEGMENT_STATUSES } from "@/lib/core/model";
import { roleCan } from "@/lib/core/team/project-roles";
import { joinSegments, splitSegment } from "@/lib/server/segment-structure";
import { keepRefusedText, restoreRevision, saveSegmentTarget } from "@/lib/server/segments";
import { defineAction } from "@/app/_lib/define-action";
import { authorOf } from "@/lib/server/authors";
import { ZId } from "@/app/_lib/schemas";
import { authorizeSegment, authorizeSegmentRole } from "@/lib/server/auth/authorize";
import { restoreNeeds } from "@/lib/server/auth/restore-needs";

const ZVersion = z.number().int().nonnegative();
const ZClientEditId = z.string().min(8).max(64);

const ZSaveTarget = z.object({
  segmentId: ZId,
  baseVersion: ZVersion,
  target: z.string().max(100_000),
  status: z.enum(SEGMENT_STATUSES),
  clientEditId: ZClientEditId,
  /** "mt:PROVIDER:MODEL" when the translator inserted a machine suggestion unchanged; omitted for their own text. */
  origin: z.string().regex(/^mt:[a-z]+:[^\n]{1,200}$/).optional(),
});

// Deliberately no revalidatePath in these actions: the editor applies their results itself, and a
// re-render from the server would move the translator's cursor.

// One authorisation ("edit"), whose role also says whether the user may review: a reviewed paragraph
// changed by someone who may not goes back to translated; marking a paragraph reviewed without that
// right is refused (see statusAfterSave).
export const saveSegmentAction = defineAction("saveSegmentAction", ZSaveTarget, async (input, user) => {
  const role = await authorizeSegmentRole(user, input.segmentId, "edit");
  return saveSegmentTarget({ ...input, author: authorOf(user), canReview: roleCan(role, "review") });
});

/** Keeps a text a conflict's resolution set aside as a refused revision (the segment is not changed). */
export const keepRefusedTextAction = defineAction("keepRefusedTextAction", ZSaveTarget.omit({ baseVersion: true, origin: true }), async (input, user) => {
  await authorizeSegment(user, input.segmentId, "edit");
  return keepRefusedText({ ...input, author: authorOf(user) });
});

const ZRestore = z.object({ segmentId: ZId, revisionId: ZId, baseVersion: ZVersion, clientEditId: ZClientEditId });

export const restoreRevisionAction = defineAction("restoreRevisionAction", ZRestore, async (input, user) => {
  await authorizeSegment(user, input.segmentId, await restoreNeeds(input.revisionId));
  return restoreRevision({ ...input, author: authorOf(user) });
});

const ZSplit = z.object({
  segmentId: ZId,
  baseVersion: ZVersion,
  at: z.number().int().positive(),
  targetAt: z.number().int().nonnegative().nullable(),
});

export const splitSegmentAction = defineAction("splitSegmentAction", ZSplit, async (input, user) => {
  await authorizeSegment(user, input.segmentId, "edit");
  return splitSegment({ ...input, author: authorOf(user) });
});

const ZJoin = z.object({ segmentId: ZId, baseVersion: ZVersion, nextBaseVersion: ZVersion });

export const joinSegmentsAction = defineAction("joinSegmentsAction", ZJoin, async (input, user) => {
  await authorizeSegment(user, input.segmentId, "edit");
  return joinSegments({ ...input, author: authorOf(user) });
});
