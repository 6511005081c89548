import { COMMON_HANZI } from "./common-hanzi";

/** What a decoded text is made of, counted over its characters outside printable ASCII. */
export type DecodingScore = {
  /** Roughly 0–1 (can go below 0): how much the text looks like real Chinese; see scoreDecoding. */
  quality: number;
  /** U+FFFD characters: bytes the encoding could not decode. */
  replacementCount: number;
  /** Characters counted (everything but ASCII letters, digits, punctuation and whitespace). */
  counted: number;
};

type CharClass = "common" | "rare" | "punct" | "odd" | "bad" | "neutral";

// Weights: frequent Hanzi and CJK punctuation are what real Chinese is made of; rare Hanzi are what a
// wrong legacy decoding produces (still Hanzi, but from the wrong corner of the table); kana, Hangul,
// Greek, Cyrillic, box drawing are what Big5 bytes read as GBK produce; replacement characters, private
// use and control characters are decoding failures.
const WEIGHTS: Record<CharClass, number> = { common: 1, rare: 0.3, punct: 0.5, odd: -1, bad: -4, neutral: 0 };

const inRange = (cp: number, from: number, to: number) => cp >= from && cp <= to;
// Control characters other than tab, line feed, form feed and carriage return.
const isAsciiControl = (cp: number) => (cp < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(cp)) || cp === 0x7f;

/** The kind of a character, or null for those not counted (printable ASCII, whitespace). */
function classify(cp: number): CharClass | null {
  if (cp < 0x80) return isAsciiControl(cp) ? "bad" : null;
  if (cp === 0xa0 || cp === 0x3000) return null; // NBSP and the ideographic space are whitespace
  if (COMMON_HANZI.has(cp)) return "common";
  if (inRange(cp, 0x4e00, 0x9fff) || inRange(cp, 0x3400, 0x4dbf) || inRange(cp, 0x20000, 0x3134f)) return "rare";
  if (cp === 0xfffd || inRange(cp, 0x80, 0x9f) || inRange(cp, 0xe000, 0xf8ff) || cp >= 0xf0000) return "bad";
  if (inRange(cp, 0x3001, 0x303f) || inRange(cp, 0xff01, 0xff5e) || inRange(cp, 0x2010, 0x206f)) return "punct";
  if (cp === 0xb7 || cp === 0xd7 || cp === 0xf7) return "punct";
  if (
    inRange(cp, 0x0370, 0x03ff) || // Greek
    inRange(cp, 0x0400, 0x04ff) || // Cyrillic
    inRange(cp, 0x0590, 0x08ff) || // Hebrew, Arabic and neighbours
    inRange(cp, 0x2500, 0x25ff) || // box drawing, blocks, geometric shapes
    inRange(cp, 0x3040, 0x30ff) || // kana
    inRange(cp, 0x3100, 0x312f) || // bopomofo
    inRange(cp, 0x3200, 0x33ff) || // enclosed and squared CJK
    inRange(cp, 0xac00, 0xd7af) || // Hangul
    inRange(cp, 0xf900, 0xfaff) || // compatibility ideographs
    inRange(cp, 0xfe10, 0xfe6f) || // vertical and small form variants
    inRange(cp, 0xff61, 0xffdc) // halfwidth katakana and Hangul
  ) {
    return "odd";
  }
  return "neutral";
}

/**
 * Scores a decoded text by what it is made of: quality is the weighted share of its non-ASCII
 * characters (frequent Hanzi +1, punctuation +0.5, rare Hanzi +0.3, kana/Hangul/Greek… −1, replacement,
 * private-use and control characters −4). Real Chinese scores about 0.6–1; a wrong decoding near or below 0.
 * Pure ASCII scores 1.
 */
export function scoreDecoding(text: string): DecodingScore {
  let sum = 0;
  let counted = 0;
  let replacementCount = 0;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    const kind = classify(cp);
    if (kind === null) continue;
    counted++;
    sum += WEIGHTS[kind];
    if (cp === 0xfffd) replacementCount++;
  }
  return { quality: counted === 0 ? 1 : sum / counted, replacementCount, counted };
}
