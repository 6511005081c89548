import { BIG5_COMMON, GB_COMMON, GBK_SYMBOL, gbkTables, PUNCT } from "./gbk-tables";

/** The writing around a spot: which common-character set fits, or Japanese (kana are then normal). */
export type Script = "hans" | "hant" | "mixed" | "ja";

// Marks that misread bytes produce too, but that real text uses all the time: never evidence.
const EXTRA_PUNCT = new Set([..."\u3000…—·‘’『』【】〈〉〔〕～〇"].map((c) => c.charCodeAt(0)));

/** True when a common character belongs only to the other script (幣 in Simplified text, 币 in Traditional). */
export function isOffScript(flags: number, script: Script): boolean {
  return (script === "hant" && (flags & BIG5_COMMON) === 0) || (script === "hans" && (flags & GB_COMMON) === 0);
}

/**
 * How unlikely a UTF-16 unit is in real Chinese text, as evidence of misread GBK: 0 for ASCII, common
 * characters and punctuation, 1 for the other script's common characters, kana and GBK symbols that
 * real text uses (→, ①, α), 2 for a rare Han character, 3 for Cyrillic, accented Latin, zhuyin and box
 * drawing. Units GBK cannot encode cannot come from misread GBK and cost 0.
 */
export function charCost(unit: number, script: Script): number {
  if (unit < 0x80) return 0;
  const { flags, encode } = gbkTables();
  const f = flags[unit];
  if (f & PUNCT) return 0;
  if (f & (GB_COMMON | BIG5_COMMON)) return isOffScript(f, script) ? 1 : 0;
  if (encode[unit] === 0 || EXTRA_PUNCT.has(unit)) return 0;
  if ((f & GBK_SYMBOL) === 0) return 2;
  if (unit >= 0x3040 && unit <= 0x30ff) return script === "ja" ? 0 : 1;
  return isForeignToChinese(unit) ? 3 : 1;
}

/**
 * GBK symbols that Chinese prose does not use but misread pairs often produce: Cyrillic, accented
 * Latin, zhuyin, box drawing. Arrows, ①, ★, ×, Greek, full-width letters do occur in real text.
 */
function isForeignToChinese(unit: number): boolean {
  const isAccentedLatin = unit >= 0xc0 && unit <= 0x24f && unit !== 0xd7 && unit !== 0xf7; // not × ÷
  return isAccentedLatin || (unit >= 0x400 && unit <= 0x4ff) || (unit >= 0x2500 && unit <= 0x257f) || (unit >= 0x3100 && unit <= 0x312f);
}
