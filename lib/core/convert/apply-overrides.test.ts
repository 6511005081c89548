import { describe, expect, it } from "vitest";
import { convertWithOverrides, replaceMapped, resolveOverrides } from "./apply-overrides";
import type { ConversionFinding, ConversionOverride } from "./conversion-review-types";
import { identityMapped, mappedString, toSourceOffset, toViewRange } from "./mapped-text";

const base: ConversionOverride = { id: 1, documentId: 1, segmentId: null, start: null, from: "后", to: "後", script: "original" };
const leftover = (start: number, end: number): ConversionFinding => ({ kind: "leftover", start, end, shown: "", options: [] });

describe("resolveOverrides", () => {
  it("applies a document-wide override where the review found the same text, not elsewhere (皇后 stays)", () => {
    // 发生后 … 皇后 … 后来: the review flagged positions 2 and 7, not 皇后 at 5.
    const edits = resolveOverrides("发生后，皇后，后来", 9, [base], [leftover(2, 3), leftover(7, 8)]);
    expect(edits.map((edit) => edit.start)).toEqual([2, 7]);
  });

  it("puts a one-occurrence override first and only where its text still stands", () => {
    const one = { ...base, id: 2, segmentId: 9, start: 7, to: "后" };
    const edits = resolveOverrides("发生后，皇后，后来", 9, [base, one], [leftover(2, 3), leftover(7, 8)]);
    expect(edits.map((edit) => [edit.start, edit.to])).toEqual([[2, "後"], [7, "后"]]);
    expect(resolveOverrides("变了的文字", 9, [one], [])).toEqual([]);
    expect(resolveOverrides("发生后，皇后，后来", 10, [one], [])).toEqual([]);
  });
});

describe("convertWithOverrides", () => {
  it("keeps the map to the stored source when an override changes the length", () => {
    const mapped = convertWithOverrides(identityMapped, "𠀀干部好", [{ start: 1, end: 3, to: "幹部們", overrideId: 1, script: "original" }], null);
    expect(mappedString(mapped)).toBe("𠀀幹部們好");
    expect(toViewRange(mapped, 3, 4)).toEqual([4, 5]);
    expect(toViewRange(mapped, 1, 3)).toEqual([1, 4]);
    expect(toSourceOffset(mapped, 4)).toBe(3);
  });

  it("replaces after the conversion only in views of the override's script", () => {
    const upper = (text: string) => ({ ...identityMapped(text.toUpperCase()), sourceLength: [...text].length });
    const edit = { start: 1, end: 2, to: "x", overrideId: 1, script: "hant" as const };
    expect(mappedString(convertWithOverrides(upper, "abc", [edit], "hant"))).toBe("AxC");
    expect(mappedString(convertWithOverrides(upper, "abc", [edit], "hans"))).toBe("ABC");
  });
});

describe("replaceMapped", () => {
  it("maps a same-length replacement character by character", () => {
    const mapped = replaceMapped(identityMapped("abcd"), [{ start: 1, end: 3, to: "XY" }]);
    expect([mapped.from, mapped.to]).toEqual([[0, 1, 2, 3], [1, 2, 3, 4]]);
  });
});
