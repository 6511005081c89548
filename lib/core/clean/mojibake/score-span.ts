import { charCost, type Script } from "./char-cost";
import { GBK_SYMBOL, gbkTables } from "./gbk-tables";
import { glossedHoleAt } from "./glossed-hole-at";
import { isHanUnit } from "../../text/char-classes";

export type SpanScore = {
  /** Sum of the evidence: 0 for clean text, higher the more it looks like misread GBK. */
  score: number;
  /** Whether the span holds a sign that real text practically never shows (see `scoreSpan`). */
  hasHard: boolean;
};

const GLUE_SYMBOLS = new Set([..."^`~|\\@[]{}_"]);

/** A CJK character, or any GBK symbol: the neighbours misread bytes sit between. */
function isWide(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  return unit >= 0x2e80 || (unit >= 0x80 && (gbkTables().flags[unit] & GBK_SYMBOL) !== 0);
}

/** Whether the run of `?`/`!` holding position i follows a CJK character. */
function followsCjk(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text.charCodeAt(j) === 0x3f || text.charCodeAt(j) === 0x21)) j--;
  return j >= 0 && isWide(text, j);
}

function isHanAt(text: string, i: number): boolean {
  return isHanUnit(text.charCodeAt(i));
}

/** `?y了`: one byte 40–7E between a `?` and CJK, what a lost lead byte leaves of a GBK/3–4 character. */
function isLostLead(text: string, i: number): boolean {
  const unit = text.charCodeAt(i + 1);
  return unit >= 0x40 && unit <= 0x7e && isWide(text, i + 2);
}

/** Evidence of one `?` after CJK that is neither a gloss leftover nor before markup debris. */
function questionMarkScore(text: string, i: number): number {
  if (isLostLead(text, i)) return 2;
  // A question mark inside a clause (`帳號?加入`) is normal alone, but adds to other evidence.
  return isHanAt(text, i - 1) && isHanAt(text, i + 1) ? 1 : 0;
}

/** A letter of some alphabet: ASCII, or a GBK symbol such as Cyrillic, Greek or accented Latin. */
function isLetterAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  return isLetter(unit) || (unit >= 0x80 && unit < 0x2e80 && (gbkTables().flags[unit] & GBK_SYMBOL) !== 0);
}

function isLowercase(unit: number): boolean {
  return unit >= 0x61 && unit <= 0x7a;
}

function isLetter(unit: number): boolean {
  return (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
}

/** Evidence at one position: its score, whether it is hard, and where the next position starts. */
export type Evidence = { score: number; isHard: boolean; end: number };

/** The evidence of misread GBK at position i of `text` (see `scoreSpan`). */
export function evidenceAt(text: string, i: number, script: Script): Evidence {
  const unit = text.charCodeAt(i);
  if (unit === 0x3f) {
    const next = text.charCodeAt(i + 1);
    const gloss = next >= 0x61 ? glossedHoleAt(text, i) : null;
    if (gloss) return { score: 4, isHard: true, end: gloss.end };
    if (!followsCjk(text, i)) return { score: 0, isHard: false, end: i + 1 };
    const isDebris = next === 0x3c || next === 0x3e || (next === 0x2f && isLowercase(text.charCodeAt(i + 2)));
    return isDebris ? { score: 4, isHard: true, end: i + 1 } : { score: questionMarkScore(text, i), isHard: false, end: i + 1 };
  }
  let score = 0;
  let isHard = false;
  if (isLetter(unit)) score = isWide(text, i - 1) && isWide(text, i + 1) ? 1 : 0;
  else if (unit < 0x80) score = GLUE_SYMBOLS.has(text[i]) && (isWide(text, i - 1) || isWide(text, i + 1)) ? 1 : 0;
  else {
    score = charCost(unit, script);
    // A symbol next to a letter is part of a word (Привет, café) or a line (═══): real text.
    if (score === 3 && (isLetterAt(text, i - 1) || isLetterAt(text, i + 1))) score = 0;
    isHard = score === 3;
  }
  return { score, isHard, end: i + 1 };
}

/**
 * Scores [start, end) of `text` as evidence of misread GBK; neighbours outside the span count as context.
 * Hard signs: a pinyin leftover glued to `?` (`?guī)`), a `?` after Chinese glued to markup debris
 * (`?/font>`, whose `<` went into the misread pair), a GBK symbol outside any word (ь in `)ь^`).
 */
export function scoreSpan(text: string, start: number, end: number, script: Script): SpanScore {
  let score = 0;
  let hasHard = false;
  for (let i = start; i < end; ) {
    const e = evidenceAt(text, i, script);
    score += e.score;
    hasHard ||= e.isHard;
    i = e.end;
  }
  return { score, hasHard };
}
