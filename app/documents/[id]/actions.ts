"use server";
import { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import { DomainError } from "@/lib/core/errors";
import { SEGMENT_STATUSES, type KeepRefusedRequest, type Revision, type SaveTargetRequest, type SaveTargetResult, type Segment } from "@/lib/core/model";
import { joinSegments, splitSegment } from "@/lib/server/segment-structure";
import { findRevisions, keepRefusedText, restoreRevision, saveSegmentTarget } from "@/lib/server/segments";
import { runAction } from "@/app/_lib/run-action";

const ZId = z.number().int().positive();
const ZVersion = z.number().int().nonnegative();
const ZClientEditId = z.string().min(8).max(64);

const ZSaveTarget = z.object({
  segmentId: ZId,
  baseVersion: ZVersion,
  target: z.string().max(100_000),
  status: z.enum(SEGMENT_STATUSES),
  clientEditId: ZClientEditId,
});

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new DomainError("INVALID_INPUT");
  return parsed.data;
}

// Deliberately no revalidatePath in these actions: the editor applies their results itself, and a
// re-render from the server would move the translator's cursor.

export async function saveSegmentAction(input: SaveTargetRequest): Promise<ActionResult<SaveTargetResult>> {
  return runAction("saveSegmentAction", async () => saveSegmentTarget({ ...parse(ZSaveTarget, input), author: "web" }));
}

const ZKeepRefused = ZSaveTarget.omit({ baseVersion: true });

/** Keeps a text a conflict's resolution set aside as a refused revision (the segment is not changed). */
export async function keepRefusedTextAction(input: KeepRefusedRequest): Promise<ActionResult<Segment>> {
  return runAction("keepRefusedTextAction", async () => keepRefusedText({ ...parse(ZKeepRefused, input), author: "web" }));
}

export async function findRevisionsAction(input: { segmentId: number }): Promise<ActionResult<Revision[]>> {
  return runAction("findRevisionsAction", async () => findRevisions(parse(z.object({ segmentId: ZId }), input)));
}

const ZRestore = z.object({ segmentId: ZId, revisionId: ZId, baseVersion: ZVersion, clientEditId: ZClientEditId });

export async function restoreRevisionAction(input: z.infer<typeof ZRestore>): Promise<ActionResult<SaveTargetResult>> {
  return runAction("restoreRevisionAction", async () => restoreRevision({ ...parse(ZRestore, input), author: "web" }));
}

const ZSplit = z.object({
  segmentId: ZId,
  baseVersion: ZVersion,
  at: z.number().int().positive(),
  targetAt: z.number().int().nonnegative().nullable(),
});

export async function splitSegmentAction(input: z.infer<typeof ZSplit>): Promise<ActionResult<{ first: Segment; second: Segment }>> {
  return runAction("splitSegmentAction", async () => splitSegment({ ...parse(ZSplit, input), author: "web" }));
}

const ZJoin = z.object({ segmentId: ZId, baseVersion: ZVersion, nextBaseVersion: ZVersion });

export async function joinSegmentsAction(input: z.infer<typeof ZJoin>): Promise<ActionResult<{ segment: Segment; removedId: number }>> {
  return runAction("joinSegmentsAction", async () => joinSegments({ ...parse(ZJoin, input), author: "web" }));
}
