import type { Edit } from "../types";
import { big5OfGbk } from "./big5-of-gbk";
import { charCost } from "./char-cost";
import { privateUseCode } from "./gbk-private-use";
import { BIG5_COMMON, GB_COMMON, gbkTables } from "./gbk-tables";
import { repairCharCost } from "./repair-char-cost";
import { isHanUnit } from "../../text/char-classes";

// Plain-looking characters allowed between two odd ones inside a run (Big5 pairs that GBK reads as
// common characters); the text around a run (this many units either side) must read as Traditional.
const MAX_GAP = 2;
const CONTEXT = 80;
// A run needs two odd characters, three points of evidence and a sign real Traditional text never
// shows there (see `oddness`); without such a sign it is left alone.
const MIN_ODD = 2;
const MIN_EVIDENCE = 3;

/** The common Traditional character (or mark) a shown character's GBK bytes are in Big5, or 0. */
function readBack(unit: number): number {
  if (unit < 0x80) return 0;
  const { encode, flags } = gbkTables();
  const b = big5OfGbk(encode[unit] || privateUseCode(unit));
  if (b === 0 || repairCharCost(b) === Infinity) return 0;
  return b < 0x3400 || b > 0x9fff || (flags[b] & BIG5_COMMON) !== 0 ? b : 0;
}

const isKana = (unit: number) => unit >= 0x3040 && unit <= 0x30ff;
const isZhuyin = (unit: number) => unit >= 0x3100 && unit <= 0x312f;
const isBox = (unit: number) => unit >= 0x2500 && unit <= 0x257f;

/** A kana or zhuyin letter beside another of its script spells something (ㄅㄆㄇㄈ), box drawing beside box drawing is a line or a placeholder (王╳╳): not a sign alone. */
function isLoneLetter(text: string, i: number, isOfScript: (unit: number) => boolean): boolean {
  return isOfScript(text.charCodeAt(i)) && !isOfScript(text.charCodeAt(i - 1)) && !isOfScript(text.charCodeAt(i + 1));
}

/**
 * How unlikely the character at i is in Traditional text, and whether it is a sign on its own: letters
 * of other alphabets (Привет, café) count, but only a private-use or rare Han character, or a kana,
 * zhuyin or box-drawing character standing alone, is a sign.
 */
function oddness(text: string, i: number): { score: number; isHard: boolean } {
  const unit = text.charCodeAt(i);
  if (privateUseCode(unit) !== 0) return { score: 3, isHard: true };
  const score = charCost(unit, "hant");
  if (score === 0) return { score, isHard: false };
  const isHard = (score >= 2 && isHanUnit(unit)) || [isBox, isKana, isZhuyin].some((isOfScript) => isLoneLetter(text, i, isOfScript));
  return { score, isHard };
}

/** Whether the text around [start, end) is Traditional Chinese, not Japanese or Simplified. */
function isTraditionalAround(text: string, start: number, end: number): boolean {
  const { flags } = gbkTables();
  let hant = 0;
  let hans = 0;
  let kana = 0;
  const count = (from: number, to: number) => {
    for (let i = Math.max(0, from); i < Math.min(text.length, to); i++) {
      const unit = text.charCodeAt(i);
      const f = flags[unit] & (GB_COMMON | BIG5_COMMON);
      if (f === BIG5_COMMON) hant++;
      else if (f === GB_COMMON) hans++;
      else if (isKana(unit)) kana++;
    }
  };
  count(start - CONTEXT, start);
  count(end, end + CONTEXT);
  return kana === 0 && hant >= 2 && hant > 2 * hans;
}

/** The end of the run of odd characters from `start`, with its evidence. */
function runFrom(text: string, start: number): { end: number; odd: number; score: number; hasHard: boolean; text: string } {
  let end = start;
  let odd = 0;
  let score = 0;
  let hasHard = false;
  let out = "";
  let pending = "";
  for (let i = start; i < text.length && i - end <= MAX_GAP; i++) {
    const unit = text.charCodeAt(i);
    const b = readBack(unit);
    if (b === 0) break;
    const o = oddness(text, i);
    pending += String.fromCharCode(b);
    if (o.score === 0) continue;
    [end, out, pending] = [i + 1, out + pending, ""];
    odd++;
    score += o.score;
    hasHard ||= o.isHard;
  }
  return { end, odd, score, hasHard, text: out };
}

/**
 * Runs of Big5 text shown as GBK (`иГ` for 我們, `厨癘` for 報記) in Traditional text: characters real
 * text never holds there, whose GBK bytes read as Big5 give common Traditional characters. Every byte is
 * known, so a run with enough evidence is applied. Offsets are UTF-16, half-open.
 */
export function findBig5Misreads(text: string): Edit[] {
  const { flags } = gbkTables();
  const edits: Edit[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // Cheap test first: every run holds a sign, and a sign is never a common character.
    if (unit < 0x2500 || (flags[unit] & (GB_COMMON | BIG5_COMMON)) !== 0 || !oddness(text, i).isHard || readBack(unit) === 0) continue;
    let start = i;
    for (let j = i - 1; j >= 0 && start - j <= MAX_GAP + 1 && readBack(text.charCodeAt(j)) !== 0; j--) {
      if (oddness(text, j).score > 0) start = j;
    }
    const run = runFrom(text, start);
    const isRun = run.odd >= MIN_ODD && run.score >= MIN_EVIDENCE;
    if (isRun && isTraditionalAround(text, start, run.end)) edits.push({ rule: "mojibake", start, end: run.end, replacement: run.text, detail: "repair" });
    // A run starting later inside this one has less evidence: each character is looked at once.
    i = Math.max(i, run.end - 1);
  }
  return edits;
}
