import type { Script } from "./char-cost";
import { BIG5_COMMON, GB_COMMON, gbkTables, PUNCT } from "./gbk-tables";
import { evidenceAt } from "./score-span";

// How far after a `?` an odd character makes the `?` worth a closer look: a window's longest reach.
const ODD_REACH = 48;

function isBreak(unit: number): boolean {
  return unit <= 0x20 || unit === 0x85 || unit === 0xa0 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x2028 || unit === 0x2029;
}

/**
 * ASCII that is never odd whatever its neighbours: digits and punctuation, and a `?` that is neither
 * glued to a pinyin leftover, markup debris or a lost lead's trail byte (40–7E).
 */
function isPlainAscii(unit: number, next: number): boolean {
  if (unit === 0x3f) return next < 0x2f || (next > 0x2f && next < 0x3c) || next === 0x3d || next > 0x7e;
  return unit < 0x40 && !isBreak(unit);
}

/**
 * Answers, for increasing positions q, whether anything besides plain question marks looks odd after q
 * before the next break and within reach: the cheap test that keeps forum text full of `嗎?他說` fast.
 * Each position is looked at once, so a whole text costs one pass.
 */
export function oddScanner(text: string, scriptAt: (at: number) => Script): (q: number) => boolean {
  const { flags } = gbkTables();
  let scanned = 0;
  let next = -1; // the first odd position or break at or after the last query, -1 when unknown
  let block = -1;
  let fine = 0; // the flags that make a character plainly fine in the current block's script
  return (q) => {
    if (next >= q) return next < q + ODD_REACH && !isBreak(text.charCodeAt(next));
    next = -1;
    for (let i = Math.max(q, scanned); i < text.length && i < q + ODD_REACH; ) {
      const unit = text.charCodeAt(i);
      if (i >> 8 !== block) {
        block = i >> 8;
        const script = scriptAt(i);
        fine = PUNCT | (script === "hant" ? BIG5_COMMON : script === "hans" ? GB_COMMON : GB_COMMON | BIG5_COMMON);
      }
      if (unit >= 0x80 ? (flags[unit] & fine) !== 0 : isPlainAscii(unit, text.charCodeAt(i + 1))) {
        i = scanned = i + 1;
        continue;
      }
      const e = isBreak(unit) ? null : evidenceAt(text, i, scriptAt(i));
      if (!e || e.score >= 2 || (e.score > 0 && unit !== 0x3f)) {
        next = i;
        break;
      }
      i = scanned = e.end;
    }
    return next >= q && !isBreak(text.charCodeAt(next));
  };
}
