import { describe, expect, it } from "vitest";
import { afterRule } from "./apply-rule.test-helper";
import { findHalfWidthPunctuation } from "./find-half-width-punctuation";

describe("findHalfWidthPunctuation", () => {
  it.each([
    ["commas", "隨州市,曾都區,4月1日,", "隨州市，曾都區，4月1日，"],
    ["a colon before a quote", "他說:“好。”", "他說：“好。”"],
    ["question and exclamation marks", "真的嗎?太好了!", "真的嗎？太好了！"],
    ["a semicolon", "全員上陣;全力以赴", "全員上陣；全力以赴"],
    ["parentheses around Chinese", "(來源:聶少峰)", "（來源：聶少峰）"],
    ["a note mark", "正文(注)。", "正文（注）。"],
    ["a comma after a number", "COVID-19,疫情", "COVID-19，疫情"],
  ])("converts %s", (_, text, expected) => {
    expect(afterRule(findHalfWidthPunctuation, text)).toBe(expected);
  });

  it.each([
    ["English", "Hello, world: is it (really) true? Yes!"],
    ["numbers and times", "1,000 人於 15:46 到達"],
    ["a URL", "https://example.com/a?b=1"],
    ["emoticons after Chinese", "好的:) 再見;-)"],
    ["parentheses around English", "城管(urban management)"],
  ])("leaves %s alone", (_, text) => {
    expect(afterRule(findHalfWidthPunctuation, text)).toBe(text);
  });
});
