// The one definition of the character classes the core reads Chinese text by. The string constants are
// bodies for a regular-expression class, to be used with the `u` flag.

/** Han characters: ideographs in every plane, 〇 and 々 (Unicode's Han script). */
export const HAN = "\\p{Script=Han}";

/** CJK punctuation and full-width forms that sit inside Chinese text. */
export const CJK_PUNCTUATION = "\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026\\u00b7";

/** Marks that end a sentence, Chinese and ASCII. */
export const SENTENCE_ENDS = "。！？!?…";

/** Marks that end a clause inside a sentence. */
export const CLAUSE_ENDS = "；;：:，,、";

/** Closing quotes and brackets that follow a sentence end. */
export const CLOSERS = "”」』）)】";

/** Vowels with a pinyin tone mark. */
export const TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

const HAN_CHAR = new RegExp(`[${HAN}]`, "u");
const CJK_CHAR = new RegExp(`[${HAN}${CJK_PUNCTUATION}]`, "u");

/** True for a Han character. */
export function isHan(char: string | undefined): boolean {
  return char !== undefined && HAN_CHAR.test(char);
}

/** True for a Han character or CJK punctuation. */
export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK_CHAR.test(char);
}

/** Whether a text has a Han character anywhere. */
export function hasHan(text: string): boolean {
  return HAN_CHAR.test(text);
}

/** True for a UTF-16 unit in the BMP ideograph blocks (Extension A and the Unified block): the fast test for loops over units. */
export function isHanUnit(unit: number): boolean {
  return unit >= 0x3400 && unit <= 0x9fff;
}
