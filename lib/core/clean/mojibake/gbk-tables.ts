// GBK lookup tables for the mojibake rule, built once per process on first use (~10 ms) with the
// platform's TextDecoder, so no table ships in the bundle.

/** Flags per UTF-16 code unit. */
export const GB_COMMON = 1; // GB2312 level 1 (EUC-CN rows B0–D7): the common Simplified-script characters
export const BIG5_COMMON = 2; // Big5 level 1 (A440–C67E): the common Traditional-script characters
export const PUNCT = 4; // standard CJK punctuation: the only non-Han characters a repair may invent
export const GBK_SYMBOL = 8; // other GBK characters outside the Han block: kana, Cyrillic, box drawing…

/** Marks that can fill an unknown byte; 「」 too, common in Traditional text. */
const STANDARD_PUNCT = "。，、“”！？：；（）《》「」";

export type GbkTables = {
  /** Pair code (lead << 8 | trail) → UTF-16 code unit; 0 where the pair is not a character. */
  decode: Uint16Array;
  /** UTF-16 code unit → pair code; 0 where GBK has no two-byte code for it. */
  encode: Uint16Array;
  flags: Uint8Array;
};

let tables: GbkTables | undefined;

/** The GBK tables, built on first use. */
export function gbkTables(): GbkTables {
  tables ??= buildTables();
  return tables;
}

function isTrail(b: number): boolean {
  return b >= 0x40 && b <= 0xfe && b !== 0x7f;
}

/** Decodes every pair lead × trail of `label` that `keep` accepts, in one call; pairs are separated by newlines. */
function decodePairs(label: string, leads: [number, number], keep: (code: number) => boolean): [number, number][] {
  const codes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (isTrail(trail) && keep((lead << 8) | trail)) codes.push((lead << 8) | trail);
  }
  const bytes = new Uint8Array(codes.length * 3);
  for (let i = 0; i < codes.length; i++) {
    bytes[i * 3] = codes[i] >> 8;
    bytes[i * 3 + 1] = codes[i] & 0xff;
    bytes[i * 3 + 2] = 0x0a;
  }
  const pieces = new TextDecoder(label).decode(bytes).split("\n");
  const pairs: [number, number][] = [];
  for (let i = 0; i < codes.length; i++) {
    const unit = pieces[i].length === 1 ? pieces[i].charCodeAt(0) : 0;
    // U+FFFD is an invalid pair; private-use code points are GBK's user-defined areas: not text.
    if (unit !== 0 && unit !== 0xfffd && (unit < 0xe000 || unit > 0xf8ff)) pairs.push([codes[i], unit]);
  }
  return pairs;
}

function isGb2312Level1(code: number): boolean {
  return code >= 0xb0a1 && code <= 0xd7fe && (code & 0xff) >= 0xa1;
}

function isBig5Level1(code: number): boolean {
  const trail = code & 0xff;
  return code >= 0xa440 && code <= 0xc67e && (trail <= 0x7e || trail >= 0xa1);
}

function buildTables(): GbkTables {
  const decode = new Uint16Array(0x10000);
  const encode = new Uint16Array(0x10000);
  const flags = new Uint8Array(0x10000);
  for (const [code, unit] of decodePairs("gbk", [0x81, 0xfe], () => true)) {
    decode[code] = unit;
    if (encode[unit] === 0) encode[unit] = code;
    if (unit < 0x3400 || unit > 0x9fff) flags[unit] |= GBK_SYMBOL;
    if (isGb2312Level1(code)) flags[unit] |= GB_COMMON;
  }
  for (const [, unit] of decodePairs("big5", [0xa4, 0xc6], isBig5Level1)) flags[unit] |= BIG5_COMMON;
  for (const char of STANDARD_PUNCT) flags[char.charCodeAt(0)] = (flags[char.charCodeAt(0)] | PUNCT) & ~GBK_SYMBOL;
  return { decode, encode, flags };
}
