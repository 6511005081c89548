import type { SegmentStatus } from "./model";

/**
 * The status a segment takes when its target text changes: empty is untranslated, first words make a
 * draft, and a reviewed translation that changes needs review again (translated).
 */
export function statusAfterEdit(current: SegmentStatus, target: string): SegmentStatus {
  if (target.trim() === "") return "untranslated";
  if (current === "reviewed") return "translated";
  return current === "untranslated" ? "draft" : current;
}
