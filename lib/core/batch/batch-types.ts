import type { Segment, SegmentStatus } from "../model";

/**
 * One paragraph's change, based on the version the caller saw: a field left out keeps its value.
 * `origin` is who wrote the text ("" a person, "mt:…" a machine, "tm:SCORE" a memory match).
 */
export type BatchChange = { segmentId: number; baseVersion: number; target?: string; status?: SegmentStatus; origin?: string; locked?: boolean };

/** Why a paragraph of a batch was left as it was. */
export type BatchSkipReason = "locked" | "changed" | "missing";

export type BatchSkip = { segmentId: number; reason: BatchSkipReason };

/** What a batch (or its undo) did: the paragraphs as they are now, and those it left. `batchId` is null when it changed nothing. */
export type BatchResult = { batchId: number | null; applied: Segment[]; skipped: BatchSkip[] };

/** A paragraph as the caller saw it: a batch leaves it if it was saved since. */
export type SeenParagraph = { segmentId: number; baseVersion: number };

/** A lock's result: the batch, and how many paragraphs were left because they are not reviewed. */
export type LockResult = BatchResult & { notReviewed: number };

/** A status change's result: the batch, and how many empty paragraphs it left. */
export type StatusResult = BatchResult & { empty: number };
