import type { SegmentKind } from "../model";

/** The cleanup rules, in the order the pipeline runs them. */
export const CLEANUP_RULES = ["html", "pinyin", "jammer", "chrome", "mojibake", "punctuation", "wrap"] as const;
export type CleanupRule = (typeof CLEANUP_RULES)[number];

/**
 * One change a rule proposes to the text it was given: replace [start, end) (UTF-16 offsets into that
 * text) with `replacement`. Removals have an empty replacement.
 */
export type Edit = {
  rule: CleanupRule;
  start: number;
  end: number;
  replacement: string;
  /** A finer label shown in the preview, e.g. "attachment", "login banner", "entity". */
  detail?: string;
  /** Applied only when the user accepts it (mojibake repairs): never a silent guess. */
  isSuggestion?: boolean;
  /** The paragraph holding this edit is of this kind (an attachment's file name is a caption). */
  kind?: SegmentKind;
};

/** A rule: finds its edits in a text. Edits must not overlap and come sorted by start. */
export type RuleFinder = (text: string) => Edit[];
