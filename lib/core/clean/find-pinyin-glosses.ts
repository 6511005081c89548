import type { RuleFinder } from "./types";

const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
// One pinyin syllable with a tone mark, as glossers add them after single characters: 區(qū), 執(zhí).
const SYLLABLE = new RegExp(
  `^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouü${TONED}]{1,3}(?:ng|n|r)?$`,
);
const GLOSS = new RegExp(`\\(([a-zü${TONED}]{1,6})\\)`, "g");
const HAS_TONE = new RegExp(`[${TONED}]`);

/**
 * Pinyin glosses glued after a character: `區(qū)` → `區`. Only single toned syllables directly after a
 * non-space character count, so a real gloss such as `Běijīng (北京)` or `北京(Běijīng)` survives.
 */
export const findPinyinGlosses: RuleFinder = (text) =>
  [...text.matchAll(GLOSS)]
    .filter((m) => m.index > 0 && !/\s/.test(text[m.index - 1]) && HAS_TONE.test(m[1]) && SYLLABLE.test(m[1]))
    .map((m) => ({ rule: "pinyin", start: m.index, end: m.index + m[0].length, replacement: "", detail: m[1] }));
