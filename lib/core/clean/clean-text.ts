import { segmentText } from "../segment/segment-text";
import type { SegmentKind } from "../model";
import { applyEdits, mapRaw, type MappedText } from "./apply-edits";
import { codePointOffsets } from "./code-point-offsets";
import { findForumChrome } from "./find-forum-chrome";
import { findHalfWidthPunctuation } from "./find-half-width-punctuation";
import { findJammer } from "./find-jammer";
import { findMojibake } from "./find-mojibake";
import { findPinyinGlosses } from "./find-pinyin-glosses";
import { findStrayHtml } from "./find-stray-html";
import { findWrappedLines } from "./find-wrapped-lines";
import { CLEANUP_RULES, type CleanupRule, type Edit, type RuleFinder } from "./types";

const FINDERS: Record<CleanupRule, RuleFinder> = {
  html: findStrayHtml,
  pinyin: findPinyinGlosses,
  jammer: findJammer,
  chrome: findForumChrome,
  mojibake: findMojibake,
  punctuation: findHalfWidthPunctuation,
  wrap: findWrappedLines,
};

/** What the user decided in the preview; stored with the document so the clean text can be recomputed. */
export type CleanupChoices = {
  disabledRules: CleanupRule[];
  /** Keys of single edits put back. */
  restored: string[];
  /** Keys of suggested repairs accepted (a repair applied by default needs none; an old key still works). */
  accepted: string[];
};

export const DEFAULT_CLEANUP_CHOICES: CleanupChoices = { disabledRules: [], restored: [], accepted: [] };

/** applied: made; restored: put back by the user; suggested: a repair on offer; accepted: a repair made; flagged: suspect text, unchanged. */
export type EditStatus = "applied" | "restored" | "suggested" | "accepted" | "flagged";

/** An edit as the preview shows it: offsets are code points into the raw text, half-open. */
export type ReportedEdit = {
  key: string;
  rule: CleanupRule;
  detail?: string;
  start: number;
  end: number;
  original: string;
  replacement: string;
  status: EditStatus;
  /** The same span in UTF-16 offsets, for drawing it over the raw text in the browser. */
  from: number;
  to: number;
  /**
   * Key of the later, bigger edit whose span holds this one (a gloss removed from a line that chrome then
   * removes). What the bigger edit keeps is its span less the applied edits within it.
   */
  within?: string;
};

/** A paragraph of the clean text; [start, end) in code points of the raw text it came from. */
export type CleanParagraph = { text: string; kind: SegmentKind; start: number; end: number };

export type CleanupResult = {
  text: string;
  paragraphs: CleanParagraph[];
  edits: ReportedEdit[];
};

type Span = { start: number; end: number };

/** Whether [start, end) overlaps one of `spans`, which are sorted and do not overlap each other. */
function overlaps(spans: Span[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start < end) low = mid + 1;
    else high = mid;
  }
  // spans[low - 1] is the last span starting before `end`: the only one that can reach back past `start`.
  return low > 0 && spans[low - 1].end > start;
}

/** The paragraphs with the kind their marks give them; both lists are in text order. */
function withMarkedKinds(paragraphs: CleanParagraph[], marks: { at: number; kind: SegmentKind }[]): CleanParagraph[] {
  const sorted = [...marks].sort((a, b) => a.at - b.at);
  let next = 0;
  return paragraphs.map((paragraph) => {
    while (next < sorted.length && sorted[next].at < paragraph.start) next++;
    const mark = next < sorted.length && sorted[next].at <= paragraph.end ? sorted[next] : undefined;
    return mark ? { ...paragraph, kind: mark.kind } : paragraph;
  });
}

function editKey(rule: CleanupRule, start: number, end: number): string {
  return `${rule}:${start}:${end}`;
}

type ChoiceSets = { accepted: Set<string>; restored: Set<string> };

function statusOf(edit: Edit, original: string, key: () => string, choices: ChoiceSets): EditStatus {
  if (edit.isSuggestion) {
    if (edit.replacement === original) return "flagged";
    return choices.accepted.size > 0 && choices.accepted.has(key()) ? "accepted" : "suggested";
  }
  return choices.restored.size > 0 && choices.restored.has(key()) ? "restored" : "applied";
}

/** Text the rules after this one must not touch: suspect, offered a repair, or a repair put back (raw garbage stays raw). */
function isLeftAlone(rule: CleanupRule, status: EditStatus): boolean {
  return status === "suggested" || status === "flagged" || (status === "restored" && rule === "mojibake");
}

/**
 * Runs the cleanup rules in order over a raw text and splits the result into paragraphs. Every edit is
 * reported in raw coordinates with what the user's choices made of it (unless `report` is false: an
 * import needs only the paragraphs); text flagged, offered a repair or whose repair was put back is left
 * alone by the rules after it.
 */
export function cleanText(
  raw: string,
  choices: CleanupChoices = DEFAULT_CLEANUP_CHOICES,
  { report = true }: { report?: boolean } = {},
): CleanupResult {
  const cp = codePointOffsets(raw);
  const sets = { accepted: new Set(choices.accepted), restored: new Set(choices.restored) };
  const reported: ReportedEdit[] = [];
  let untouchable: Span[] = [];
  const kindMarks: { at: number; kind: SegmentKind }[] = [];
  let current: MappedText = mapRaw(raw);
  let spare: Int32Array = new Int32Array(raw.length + 1);
  for (const rule of CLEANUP_RULES) {
    if (choices.disabledRules.includes(rule)) continue;
    const toApply: Edit[] = [];
    const protectedNow: Span[] = [];
    for (const edit of FINDERS[rule](current.text)) {
      const rawStart = current.toRaw[edit.start];
      const rawEnd = edit.end > edit.start ? current.toRaw[edit.end - 1] + 1 : rawStart;
      if (overlaps(untouchable, rawStart, rawEnd)) continue;
      const original = edit.isSuggestion || report ? current.text.slice(edit.start, edit.end) : "";
      // An unnamed closure: a named one in this loop costs a __name call per edit under tsx (keepNames).
      const status = statusOf(edit, original, () => editKey(rule, cp(rawStart), cp(rawEnd)), sets);
      if (report) {
        const { detail, replacement } = edit;
        reported.push({ key: editKey(rule, cp(rawStart), cp(rawEnd)), rule, detail, start: cp(rawStart), end: cp(rawEnd), original, replacement, status, from: rawStart, to: rawEnd });
      }
      if (status === "applied" || status === "accepted") toApply.push(edit);
      if (isLeftAlone(rule, status)) protectedNow.push({ start: rawStart, end: rawEnd });
      if (edit.kind && status === "applied") kindMarks.push({ at: rawStart, kind: edit.kind });
    }
    const previous = current.toRaw;
    current = applyEdits(current, toApply, spare);
    if (current.toRaw !== previous) spare = new Int32Array(previous.buffer);
    if (protectedNow.length > 0) untouchable = [...untouchable, ...protectedNow].sort((a, b) => a.start - b.start);
  }
  const rawParagraphs = segmentText(current.text).map((p) => ({
    text: p.text,
    kind: p.kind,
    start: current.toRaw[p.start],
    end: current.toRaw[p.end - 1] + 1,
  }));
  const paragraphs = withMarkedKinds(rawParagraphs, kindMarks).map((p) => ({ ...p, start: cp(p.start), end: cp(p.end) }));
  return { text: current.text, paragraphs, edits: markNested(reported).sort((a, b) => a.start - b.start || a.end - b.end) };
}

/** Sets `within` on every edit lying inside a bigger one: the outermost edit around it. */
function markNested(edits: ReportedEdit[]): ReportedEdit[] {
  const outerFirst = [...edits].sort((a, b) => a.from - b.from || b.to - a.to);
  let outer: ReportedEdit | undefined;
  for (const edit of outerFirst) {
    if (outer && edit.from < outer.to && edit.to <= outer.to) edit.within = outer.key;
    else outer = edit;
  }
  return edits;
}
