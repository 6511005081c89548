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
