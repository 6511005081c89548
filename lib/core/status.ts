import type { SegmentStatus } from "./model";

/** The status a segment takes when its target text changes: empty is untranslated, first words make a draft. */
export function statusAfterEdit(current: SegmentStatus, target: string): SegmentStatus {
  if (target.trim() === "") return "untranslated";
  return current === "untranslated" ? "draft" : current;
}
