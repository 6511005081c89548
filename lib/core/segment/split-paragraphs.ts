import type { NewSegment, SegmentKind } from "../model";

// Whitespace at the ends of a line, including the ideographic space U+3000 and NBSP.
const EDGE_SPACE = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g;
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;
const SENTENCE_END = /[。！？!?…；;：:，,、”」』）)】]$/u;
const MAX_HEADING_LENGTH = 40;

/** A short line of Chinese without closing punctuation reads as a heading. */
function kindOf(line: string): SegmentKind {
  const length = [...line].length;
  return length <= MAX_HEADING_LENGTH && CJK.test(line) && !SENTENCE_END.test(line) ? "heading" : "body";
}

/** Splits text into paragraphs, one per non-blank line, trimmed, each with a kind. */
export function splitParagraphs(text: string): NewSegment[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(EDGE_SPACE, ""))
    .filter((line) => line.length > 0)
    .map((source) => ({ kind: kindOf(source), source }));
}
