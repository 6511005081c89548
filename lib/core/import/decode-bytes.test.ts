import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES } from "../limits";
import { decodeBytes, looksBinary } from "./decode-bytes";
import type { SourceEncoding } from "./encodings";
import { refusal } from "../testing/refusal";

const utf8 = (s: string) => new TextEncoder().encode(s);
const encode = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));

const HANS = "北京时间昨晚，国家统计局发布了最新数据。专家认为，经济恢复的势头仍在继续。";
const HANT = "臺北市政府昨天宣布，將在下個月起調整公車票價。市民對此看法不一，有人支持。";


describe("decodeBytes", () => {
  it("decodes UTF-8 and drops its BOM", () => {
    expect(decodeBytes(utf8("中文 text"))).toEqual({
      text: "中文 text",
      encoding: "utf-8",
      detected: { encoding: "utf-8", confidence: 1 },
      replacementCount: 0,
    });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("區")]))).toMatchObject({ text: "區", encoding: "utf-8" });
  });

  it("decodes UTF-16 with a byte order mark, and drops it", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65]); // 中文
    const be = new Uint8Array([0xfe, 0xff, 0x4e, 0x2d, 0x65, 0x87]);
    expect(decodeBytes(le)).toMatchObject({ text: "中文", encoding: "utf-16le" });
    expect(decodeBytes(be)).toMatchObject({ text: "中文", encoding: "utf-16be" });
    const long = `${HANT}\nLine two, with ASCII.`;
    expect(decodeBytes(encode(`\ufeff${long}`, "utf16-be"))).toMatchObject({ text: long, encoding: "utf-16be" });
    expect(decodeBytes(encode(`\ufeff${long}`, "utf16-le"))).toMatchObject({ text: long, encoding: "utf-16le" });
  });

  it.each<[string, string, SourceEncoding]>([
    ["Simplified", HANS, "gb18030"],
    ["Traditional", HANT, "big5"],
    ["Traditional", HANT, "gb18030"],
    ["two lines of", "今天天氣很好。\n明天見！", "big5"],
  ])("decodes %s text in %s without being told", (_, text, encoding) => {
    const decoded = decodeBytes(encode(text, encoding));
    expect(decoded).toMatchObject({ text, encoding, replacementCount: 0 });
    expect(decoded.detected.encoding).toBe(encoding);
  });

  it("decodes exactly with an override, showing what a wrong choice gives instead of refusing", () => {
    // Traditional text in GBK uses trail bytes Big5 lacks: replacement characters show the mistake.
    const hantGbk = encode(HANT, "gb18030");
    const hantAsBig5 = decodeBytes(hantGbk, { encoding: "big5" });
    expect(hantAsBig5).toMatchObject({ encoding: "big5", detected: { encoding: "gb18030" } });
    expect(hantAsBig5.replacementCount).toBeGreaterThan(0);
    // Simplified GBK read as Big5 decodes byte for byte into rare characters: garbage, but no U+FFFD,
    // so the UI must compare the choice with `detected` too.
    const hansAsBig5 = decodeBytes(encode(HANS, "gb18030"), { encoding: "big5" });
    expect(hansAsBig5.text.slice(0, 4)).toBe("控儔奀潔");
    expect(hansAsBig5.detected.encoding).toBe("gb18030");
    expect(decodeBytes(hantGbk, { encoding: "utf-8" }).replacementCount).toBeGreaterThan(10);
    expect(decodeBytes(hantGbk, { encoding: "gb18030" })).toMatchObject({ text: HANT, replacementCount: 0 });
  });

  it("refuses binary data", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(refusal(() => decodeBytes(png))).toBe("BINARY_FILE");
  });

  it("refuses text that no supported encoding decodes cleanly, unless the user chose one", () => {
    const latin1 = new Uint8Array(iconv.encode("Grüße aus Köln: café, crème brûlée, à bientôt!", "latin1"));
    expect(refusal(() => decodeBytes(latin1))).toBe("UNDECODABLE");
    expect(refusal(() => decodeBytes(latin1, { encoding: "utf-8" }))).toBeUndefined();
  });

  it("accepts a few undecodable bytes in a long text and counts them", () => {
    const bytes = utf8(HANS.repeat(20));
    const decoded = decodeBytes(bytes.subarray(0, bytes.length - 1)); // last character cut in half
    expect(decoded).toMatchObject({ encoding: "utf-8", replacementCount: 1 });
  });

  it("decodes a Hong Kong Big5 file's HKSCS characters as characters, not private use", () => {
    const text = "拼音：zhōng wén，ā á ǎ à。香港增補字符：咔、榘。";
    const decoded = decodeBytes(encode(text, "big5"), { encoding: "big5" });
    expect(decoded.text).toBe(text);
  });

  // Its speed (~15–70 ms) is measured by `npm run bench -- decodeBytes`, not asserted here.
  it("detects and decodes a 5 MB file in each encoding", () => {
    const line = `${HANT}${HANS}\n`;
    for (const encoding of ["gb18030", "big5", "utf-8"] as const) {
      const one = encoding === "utf-8" ? utf8(line) : encode(line, encoding);
      const bytes = new Uint8Array(MAX_IMPORT_BYTES - (MAX_IMPORT_BYTES % one.length));
      for (let i = 0; i < bytes.length; i += one.length) bytes.set(one, i);
      const decoded = decodeBytes(bytes);
      expect(decoded.encoding).toBe(encoding);
      // Every repeat of the line decodes to the same text (Big5 has no Simplified forms: those are lost).
      const lines = decoded.text.split("\n").filter(Boolean);
      expect(lines).toHaveLength(bytes.length / one.length);
      expect(new Set(lines).size).toBe(1);
    }
  });
});

describe("decodeBytes on the demo forum page", () => {
  const demo = readFileSync("samples/demo-forum-page.txt", "utf8");

  it("reads it back identical from GB18030, which encodes every Unicode character", () => {
    expect(decodeBytes(encode(demo, "gb18030"))).toMatchObject({ text: demo, encoding: "gb18030", replacementCount: 0 });
  });

  it("reads it back from Big5 with every character Big5 can hold", () => {
    // The page is Traditional with Simplified forms and pinyin in brackets ("結(jié)"): Big5 (with
    // HKSCS) holds the pinyin letters and all but one character, the Simplified 币, which the encoder
    // writes as "?".
    const lost = [...new Set(demo)].filter((c) => iconv.decode(iconv.encode(c, "big5"), "big5") !== c);
    expect(lost).toEqual(["币"]);
    const decoded = decodeBytes(encode(demo, "big5"));
    expect(decoded).toMatchObject({ encoding: "big5", replacementCount: 0 });
    expect(decoded.text).toBe(demo.replaceAll("币", "?"));
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
