import { describe, expect, it } from "vitest";
import { hasHan, isCjk, isHan, isHanUnit } from "./char-classes";

describe("character classes", () => {
  it("counts ideographs of every plane, 〇 and 々 as Han, and nothing else", () => {
    for (const char of ["中", "隨", "㐀", "𠀀", "〇", "々", "豈"]) expect(isHan(char), char).toBe(true);
    for (const char of ["。", "，", "a", "ア", "한", "１", undefined]) expect(isHan(char), String(char)).toBe(false);
  });

  it("counts CJK punctuation as CJK but not as Han", () => {
    for (const char of ["。", "，", "「", "！", "…", "—", "　"]) expect(isCjk(char), char).toBe(true);
    expect(isCjk("a")).toBe(false);
  });

  it("finds Han anywhere in a text", () => {
    expect(hasHan("Version 2 of 測試")).toBe(true);
    expect(hasHan("Version 2, 〜")).toBe(false);
  });

  it("tests BMP units fast", () => {
    expect(isHanUnit("中".charCodeAt(0))).toBe(true);
    expect(isHanUnit("。".charCodeAt(0))).toBe(false);
  });
});
