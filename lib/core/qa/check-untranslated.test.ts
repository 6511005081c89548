import { describe, expect, it } from "vitest";
import { checkUntranslated } from "./check-untranslated";

const check = (source: string, target: string, status = "draft") => checkUntranslated({ id: 1, source, target, status });

describe("checkUntranslated", () => {
  it("reports an empty translation on a paragraph marked translated or reviewed", () => {
    expect(check("下載附件", "", "translated").map((f) => f.key)).toEqual(["untranslated.empty"]);
    expect(check("下載附件", "  ", "reviewed").map((f) => f.key)).toEqual(["untranslated.empty"]);
  });

  it.each(["untranslated", "draft"])("does not report an empty %s paragraph", (status) => {
    expect(check("下載附件", "", status)).toEqual([]);
  });

  it("reports the source pasted as its translation, once", () => {
    expect(check("下載附件", " 下載附件 ").map((f) => f.key)).toEqual(["untranslated.same"]);
  });

  it("does not report a source without Chinese kept as it is", () => {
    expect(check("2022-4-15 15:46", "2022-4-15 15:46")).toEqual([]);
  });

  it("reports Chinese characters left in the English with where they are", () => {
    expect(check("隨州市城管執法委聞令即動", "The 隨州 urban management commission 聞令即動.")).toEqual([
      { check: "untranslated", code: "untranslated.han", params: { text: "隨州 聞令即動" }, key: "untranslated.han:隨州,聞令即動", targetRange: { start: 4, end: 6 } },
    ]);
  });

  it.each([
    ["a finished translation", "隨州市城管執法委聞令即動", "The Suizhou urban management commission moved at once."],
    ["curly quotes and dashes", "“我是黨員我先上”", "“Party members go first” — they said."],
  ])("is quiet on %s", (_, source, target) => {
    expect(check(source, target)).toEqual([]);
  });
});
