import type { SegmentStatus } from "../model";

const LADDER: SegmentStatus[] = ["untranslated", "draft", "translated", "reviewed"];

/** The less advanced of two statuses. */
export function lowerStatus(a: SegmentStatus, b: SegmentStatus): SegmentStatus {
  return LADDER.indexOf(a) <= LADDER.indexOf(b) ? a : b;
}
