import type { Edit, RuleFinder } from "./types";
import { TONED_VOWELS } from "../text/char-classes";

// One pinyin syllable with a tone mark, as glossers add them after single characters: 區(qū), 執(zhí).
const SYLLABLE = new RegExp(
  `^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouü${TONED_VOWELS}]{1,3}(?:ng|n|r)?$`,
);
const GLOSS = new RegExp(`\\(([a-zü${TONED_VOWELS}]{1,6})\\)`, "g");
const HAS_TONE = new RegExp(`[${TONED_VOWELS}]`);
const WHITESPACE = /\s/;

// Particles and suffixes read in the neutral tone, which has no tone mark: a toneless gloss counts only
// after one of these and only with its own reading (們(men), 的(de)), so `條款(a)` or `f(x)` stay.
const NEUTRAL_READINGS: Record<string, string> = {
  的: "de", 地: "de", 得: "de", 了: "le", 着: "zhe", 著: "zhe", 过: "guo", 過: "guo", 们: "men", 們: "men",
  么: "me", 麼: "me", 嚜: "me", 吗: "ma", 嗎: "ma", 嘛: "ma", 呢: "ne", 吧: "ba", 啊: "a", 呀: "ya", 哇: "wa",
  啦: "la", 喽: "lou", 嘍: "lou", 呗: "bei", 唄: "bei", 子: "zi", 头: "tou", 頭: "tou", 个: "ge", 個: "ge",
  里: "li", 裡: "li", 裏: "li",
};

/** A toned syllable after any character, or a character's own neutral-tone reading without a mark. */
function isGloss(syllable: string, before: string): boolean {
  if (HAS_TONE.test(syllable)) return SYLLABLE.test(syllable);
  return NEUTRAL_READINGS[before] === syllable;
}

/**
 * Pinyin glosses glued after a character: `區(qū)` → `區`, `們(men)` → `們`. Only single syllables directly
 * after a non-space character count, so a real gloss such as `Běijīng (北京)` or `北京(Běijīng)` survives.
 */
export const findPinyinGlosses: RuleFinder = (text) => {
  const edits: Edit[] = [];
  GLOSS.lastIndex = 0;
  for (let m = GLOSS.exec(text); m; m = GLOSS.exec(text)) {
    const before = text[m.index - 1];
    if (m.index > 0 && !WHITESPACE.test(before) && isGloss(m[1], before)) {
      edits.push({ rule: "pinyin", start: m.index, end: m.index + m[0].length, replacement: "", detail: m[1] });
    }
  }
  return edits;
};
