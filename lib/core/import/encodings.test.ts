import { describe, expect, it } from "vitest";
import { SOURCE_ENCODINGS, isSourceEncoding, toSourceEncoding } from "./encodings";

describe("toSourceEncoding", () => {
  it.each([
    ["GB2312", "gb18030"],
    ["gbk", "gb18030"],
    ["GB18030", "gb18030"],
    ["x-gbk", "gb18030"],
    ["Big5", "big5"],
    ["big5-hkscs", "big5"],
    ["UTF-8", "utf-8"],
    ["utf8", "utf-8"],
    ["UTF-16LE", "utf-16le"],
    ["Shift_JIS", null],
    ["windows-1252", null],
  ])("maps %s to %s", (name, expected) => {
    expect(toSourceEncoding(name)).toBe(expected);
  });

  it("knows every supported encoding, and TextDecoder does too", () => {
    for (const encoding of SOURCE_ENCODINGS) {
      expect(isSourceEncoding(encoding)).toBe(true);
      expect(new TextDecoder(encoding).encoding).toBe(encoding);
    }
    expect(isSourceEncoding("gbk")).toBe(false);
  });
});
