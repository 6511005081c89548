// Character classes shared by the cleanup rules.

/** Han ideographs (BMP and the supplementary planes). */
export const HAN = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{3134f}";

/** CJK punctuation and full-width forms that sit inside Chinese text. */
export const CJK_PUNCT = "\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026\\u00b7";

const HAN_RE = new RegExp(`[${HAN}]`, "u");
const CJK_RE = new RegExp(`[${HAN}${CJK_PUNCT}]`, "u");

/** True for a Han character. */
export function isHan(char: string | undefined): boolean {
  return char !== undefined && HAN_RE.test(char);
}

/** True for a Han character or CJK punctuation. */
export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK_RE.test(char);
}
