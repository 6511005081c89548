import { describe, expect, it } from "vitest";
import { checkPunctuation } from "./check-punctuation";

const keys = (source: string, target: string) => checkPunctuation(source, target).map((f) => f.key);

describe("checkPunctuation", () => {
  it.each([
    ["an open bracket", "（含淅河鎮）", "(including Xihe Town", ["punctuation.unbalanced:("]],
    ["a closing bracket", "（含淅河鎮）", "including Xihe Town)", ["punctuation.unbalanced:)"]],
    ["a curly quote", "“我是黨員我先上。”", "“Party members go first.", ["punctuation.unbalanced:“"]],
    ["a single curly quote", "“我是黨員我先上。”", "‘Party members go first.", ["punctuation.unbalanced:‘"]],
    ["an odd straight quote", "“我是黨員我先上。”", 'He said: "Party members go first.', ['punctuation.unbalanced:"']],
    ["a square bracket", "【通知】", "[Notice", ["punctuation.unbalanced:["]],
    ["Chinese full stop and comma", "發現5例無癥狀感染者。", "Five cases were found，all without symptoms。", ["punctuation.fullwidth:，。"]],
    ["Chinese brackets", "「三班倒」", "「three shifts」", ["punctuation.fullwidth:「」"]],
  ])("reports %s", (_, source, target, expected) => {
    expect(keys(source, target)).toEqual(expected);
  });

  it.each([
    ["apostrophes", "他們的工作", "They don't rest; the officers’ work, the 1990s’ habits, rock’n’roll, the ’90s."],
    ["balanced quotes and brackets", "“三班倒”（含淅河鎮）", "“Three shifts” (Xihe Town included) and \"round the clock\" [sic], {x}, ‘so’ she said."],
    ["nested brackets", "（（一））", "((one))"],
    ["a quotation the source leaves open too", "“雖然我不能像那些醫護人員忙碌在防疫第一線，", "“Though I cannot work on the front line like the medical staff,"],
    ["curly quotes and an ellipsis", "……", "“Yes…” — she said."],
  ])("is quiet on %s", (_, source, target) => {
    expect(keys(source, target)).toEqual([]);
  });

  it("points at the unpartnered character", () => {
    expect(checkPunctuation("（含）", "a (b")[0].targetRange).toEqual({ start: 2, end: 3 });
  });
});
