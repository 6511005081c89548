import { describe, expect, it } from "vitest";
import { codePointLength, sliceCodePoints, toCodePointOffset, toUtf16Offset } from "./code-points";

// 𠀀 (U+20000) and 𪚥 (U+2A6A5) are outside the BMP: two UTF-16 units, one code point each.
const TEXT = "a𠀀中𪚥b";

describe("code points", () => {
  it("counts astral characters once", () => {
    expect(TEXT.length).toBe(7);
    expect(codePointLength(TEXT)).toBe(5);
    expect(codePointLength("")).toBe(0);
  });

  it.each([
    [0, 0],
    [1, 1],
    [3, 2],
    [4, 3],
    [6, 4],
    [7, 5],
  ])("UTF-16 index %i is code point %i and back", (utf16, cp) => {
    expect(toCodePointOffset(TEXT, utf16)).toBe(cp);
    expect(toUtf16Offset(TEXT, cp)).toBe(utf16);
  });

  it("clamps offsets past the end", () => {
    expect(toUtf16Offset(TEXT, 99)).toBe(7);
    expect(toCodePointOffset(TEXT, 99)).toBe(5);
  });

  it("slices by code points, half-open", () => {
    expect(sliceCodePoints(TEXT, 1, 2)).toBe("𠀀");
    expect(sliceCodePoints(TEXT, 3, 4)).toBe("𪚥");
    expect(sliceCodePoints(TEXT, 2)).toBe("中𪚥b");
  });
});
