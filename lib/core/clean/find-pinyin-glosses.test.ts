import { describe, expect, it } from "vitest";
import { afterRule } from "./apply-rule.test-helper";
import { findPinyinGlosses } from "./find-pinyin-glosses";

describe("findPinyinGlosses", () => {
  it.each([
    ["區(qū)", "區"],
    ["執(zhí)法委", "執法委"],
    ["轉(zhuǎn)社區(qū)。", "轉社區。"],
    ["關(guān)鍵", "關鍵"],
    ["綠(lǜ)化", "綠化"],
    ["榘l(fā)生后", "榘l生后"],
    ["他們(men)說", "他們說"],
    ["什麼(me)時候", "什麼時候"],
    ["我的(de)家", "我的家"],
    ["好了(le)嗎(ma)？", "好了嗎？"],
    ["你呢(ne)", "你呢"],
  ])("%s → %s", (text, expected) => {
    expect(afterRule(findPinyinGlosses, text)).toBe(expected);
  });

  it.each([
    ["a real gloss before the characters", "Běijīng (北京) 是首都。"],
    ["a real gloss of a word", "北京(Běijīng)是首都。"],
    ["a gloss after a space", "北京 (běi) 是首都。"],
    ["toneless parentheses", "f(x) = (a) + (ok)"],
    ["a note mark", "正文(注)。"],
    ["English in parentheses", "城管(urban management)"],
    ["a list mark after a character", "合同條款(a)至(c)"],
    ["a toneless syllable that is not the character's neutral reading", "的(ma)、們(de)、區(qu)"],
    ["a toneless word after a particle", "好的(ok)"],
  ])("leaves %s alone", (_, text) => {
    expect(findPinyinGlosses(text)).toEqual([]);
  });
});
