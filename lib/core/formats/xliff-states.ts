import type { SegmentStatus } from "../model";

// How paragraph statuses map to XLIFF states, both ways. XLIFF 2.0 has no "draft": a draft is
// "initial" with the subState "duizhao:draft", so a round trip keeps it apart from untranslated.

export const XLIFF12_STATE: Record<SegmentStatus, string> = {
  untranslated: "needs-translation",
  draft: "needs-review-translation",
  translated: "translated",
  reviewed: "signed-off",
};

/** A paragraph status from an XLIFF 1.2 target state (and approved flag); unknown states count as drafts. */
export function fromXliff12State(state: string, approved: boolean, target: string): SegmentStatus {
  if (target === "") return "untranslated";
  if (approved || state === "signed-off" || state === "final") return "reviewed";
  if (state === "translated") return "translated";
  return "draft";
}

export const XLIFF20_STATE: Record<SegmentStatus, { state: string; subState?: string }> = {
  untranslated: { state: "initial" },
  draft: { state: "initial", subState: "duizhao:draft" },
  translated: { state: "translated" },
  reviewed: { state: "reviewed" },
};

/** A paragraph status from an XLIFF 2.0 segment state; an "initial" segment with a target is a draft. */
export function fromXliff20State(state: string, target: string): SegmentStatus {
  if (target === "") return "untranslated";
  if (state === "reviewed" || state === "final") return "reviewed";
  if (state === "translated") return "translated";
  return "draft";
}
