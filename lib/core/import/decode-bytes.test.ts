import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { decodeBytes, looksBinary } from "./decode-bytes";

const utf8 = (s: string) => new TextEncoder().encode(s);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof DomainError ? error.code : "not a DomainError";
  }
  return undefined;
}

describe("decodeBytes", () => {
  it("decodes UTF-8 and drops its BOM", () => {
    expect(decodeBytes(utf8("中文 text"))).toEqual({ text: "中文 text", encoding: "utf-8" });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("區")]))).toEqual({ text: "區", encoding: "utf-8" });
  });

  it("decodes UTF-16 with a byte order mark", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65]); // 中文
    const be = new Uint8Array([0xfe, 0xff, 0x4e, 0x2d, 0x65, 0x87]);
    expect(decodeBytes(le)).toEqual({ text: "中文", encoding: "utf-16le" });
    expect(decodeBytes(be)).toEqual({ text: "中文", encoding: "utf-16be" });
  });

  it("refuses binary data", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(codeOf(() => decodeBytes(png))).toBe("BINARY_FILE");
  });

  it("refuses text that is not valid UTF-8 instead of guessing", () => {
    const gbk = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]); // 中文 in GBK
    expect(codeOf(() => decodeBytes(gbk))).toBe("UNDECODABLE");
  });
});

describe("looksBinary", () => {
  it("accepts tabs, newlines and form feeds as text", () => {
    expect(looksBinary(utf8("a\tb\r\nc\f"))).toBe(false);
  });
  it("flags many control bytes", () => {
    expect(looksBinary(new Uint8Array([1, 2, 3, 4, 65, 66]))).toBe(true);
  });
});
