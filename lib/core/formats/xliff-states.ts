import type { SegmentStatus } from "../model";

// How paragraph statuses map to XLIFF states, both ways (the README has the table). XLIFF 1.2 tools
// (translate-toolkit, pocount) count a unit as translated only with approved="yes"; without it a
// "translated" state is fuzzy. XLIFF 2.0 has no "draft": a draft is "initial" with the subState
// "duizhao:draft", so a round trip keeps it apart from untranslated.

/** A status read from a file; isImplied when the file says nothing about it (no state, no approved flag). */
export type ReadStatus = { status: SegmentStatus; isImplied: boolean };

/** The XLIFF 1.2 `state` of a target (untranslated: only written for a target pre-filled with its source) and the trans-unit's `approved`. */
export const XLIFF12_STATE: Record<SegmentStatus, { state: string; approved?: "yes" }> = {
  untranslated: { state: "new" },
  draft: { state: "needs-review-translation" },
  translated: { state: "translated", approved: "yes" },
  reviewed: { state: "signed-off", approved: "yes" },
};

/**
 * A paragraph status from an XLIFF 1.2 target's state, then the approved flag: the state decides when
 * there is one. "new" with a text of its own is a draft (the text is someone's, not yet translated).
 * Without a state, approved="yes" is translated, approved="no" a draft, neither an implied draft.
 */
export function fromXliff12State(state: string, approved: string, target: string): ReadStatus {
  if (target === "") return { status: "untranslated", isImplied: false };
  if (state === "signed-off" || state === "final") return { status: "reviewed", isImplied: false };
  if (state === "translated") return { status: "translated", isImplied: false };
  // new, needs-translation, needs-review-translation, needs-l10n … and x- states of other tools
  if (state !== "") return { status: "draft", isImplied: false };
  if (approved === "yes") return { status: "translated", isImplied: false };
  return { status: "draft", isImplied: approved !== "no" };
}

/** The XLIFF 2.0 subState of a machine draft nobody edited or confirmed yet (state "initial", read back as a draft). */
export const MT_SUBSTATE = "duizhao:mt-suggestion";

export const XLIFF20_STATE: Record<SegmentStatus, { state: string; subState?: string }> = {
  untranslated: { state: "initial" },
  draft: { state: "initial", subState: "duizhao:draft" },
  translated: { state: "translated" },
  reviewed: { state: "reviewed" },
};

/** A paragraph status from an XLIFF 2.0 segment state ("initial" when absent); an "initial" segment with a target is a draft. */
export function fromXliff20State(state: string, target: string): ReadStatus {
  if (target === "") return { status: "untranslated", isImplied: false };
  if (state === "reviewed" || state === "final") return { status: "reviewed", isImplied: false };
  if (state === "translated") return { status: "translated", isImplied: false };
  return { status: "draft", isImplied: state === "" };
}
