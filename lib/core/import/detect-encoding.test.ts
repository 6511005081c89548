import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { detectEncoding } from "./detect-encoding";
import type { SourceEncoding } from "./encodings";
import { refusal } from "../testing/refusal";

// Our own test texts: several sentences each, in both scripts, some with ASCII mixed in.
const TEXTS = {
  hansNews:
    "北京时间昨晚，国家统计局发布了最新数据。专家认为，经济恢复的势头仍在继续，但仍需警惕外部风险。" +
    "\n不少企业表示，今年的订单比去年同期增加了两成，招工也比以前容易了。",
  hantNews:
    "臺北市政府昨天宣布，將在下個月起調整公車票價。市民對此看法不一，有人支持，也有人擔心生活成本上升。" +
    "\n交通局表示，調整後的票價仍低於其他縣市，並會加強偏遠地區的班次。",
  hansMixed: "我们用 Next.js 16 和 TypeScript 写了这个工具。\n第一版只支持 UTF-8，下一版会支持 GBK 和 Big5。",
  hantMixed: "這個版本修正了 3 個問題（issue #12、#15、#21），並加入了 HTML 匯入功能。\n請到設定頁面選擇「繁體中文」。",
  hansShort: "今天天气很好，我们去公园散步吧。\n明天见！",
  hantShort: "今天天氣很好，我們去公園散步吧。\n明天見！",
  hansOneLine: "这是一个测试。",
  hantOneLine: "這是一個測試。",
  twoChars: "中文",
};

const encode = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));


describe("detectEncoding", () => {
  const cases: [string, SourceEncoding][] = [];
  for (const name of Object.keys(TEXTS)) {
    if (!name.startsWith("hant")) cases.push([name, "gb18030"]);
    if (!name.startsWith("hans")) cases.push([name, "big5"]);
  }
  // Traditional text is often saved as GBK on the mainland, so GBK must hold it too.
  cases.push(["hantNews", "gb18030"], ["hantShort", "gb18030"]);

  it.each(cases)("detects %s encoded as %s", (name, encoding) => {
    const text = TEXTS[name as keyof typeof TEXTS];
    const detected = detectEncoding(encode(text, encoding));
    expect(detected.encoding).toBe(encoding);
    expect(detected.confidence).toBeGreaterThan(0.5);
    expect(detected.candidates[0]).toEqual({ encoding, confidence: detected.confidence });
  });

  it("does not read a Big5 file as GBK, nor a GBK file as Big5", () => {
    for (const text of [TEXTS.hantNews, TEXTS.hantShort, TEXTS.hantOneLine]) {
      const asBig5 = detectEncoding(encode(text, "big5"));
      const asGbk = detectEncoding(encode(text, "gb18030"));
      expect(asBig5.encoding).toBe("big5");
      expect(asGbk.encoding).toBe("gb18030");
      // The loser reads as garbage: far below the winner.
      expect(asBig5.candidates.find((c) => c.encoding === "gb18030")!.confidence).toBeLessThan(0.3);
      expect(asGbk.candidates.find((c) => c.encoding === "big5")!.confidence).toBeLessThan(0.3);
    }
  });

  it("is certain of a byte order mark", () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toMatchObject({ encoding: "utf-8", confidence: 1 });
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x2d, 0x4e]))).toMatchObject({ encoding: "utf-16le", confidence: 1 });
    expect(detectEncoding(new Uint8Array([0xfe, 0xff, 0x4e, 0x2d]))).toMatchObject({ encoding: "utf-16be", confidence: 1 });
  });

  it("reads valid UTF-8, and pure ASCII, as UTF-8", () => {
    expect(detectEncoding(new TextEncoder().encode(TEXTS.hantNews))).toMatchObject({ encoding: "utf-8", confidence: 1 });
    expect(detectEncoding(new TextEncoder().encode("plain ASCII\n"))).toMatchObject({ encoding: "utf-8", confidence: 1 });
    expect(detectEncoding(new TextEncoder().encode("café crème, naïve"))).toMatchObject({ encoding: "utf-8" });
  });

  it("reads a short GBK text that happens to be valid UTF-8 as GBK", () => {
    const bytes = encode("为什么", "gb18030");
    expect(new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toBe("Ϊʲô"); // valid, but not Chinese
    expect(detectEncoding(bytes).encoding).toBe("gb18030");
  });

  it("finds UTF-16 without a byte order mark by its NUL bytes", () => {
    const text = "Chapter 1 第一章\r\n這是一個測試。";
    expect(detectEncoding(encode(text, "utf16-le").subarray(0)).encoding).toBe("utf-16le");
    const be = encode(text, "utf16-be");
    expect(be[0]).toBe(0); // no BOM
    expect(detectEncoding(be).encoding).toBe("utf-16be");
  });

  it("prefers UTF-8 with a few broken bytes to a legacy misreading", () => {
    const bytes = new TextEncoder().encode(TEXTS.hansNews.repeat(3));
    const truncated = bytes.subarray(0, bytes.length - 1); // the last character cut in half
    expect(detectEncoding(truncated).encoding).toBe("utf-8");
  });

  it("follows a declared charset only when nothing reads clearly better", () => {
    const big5 = encode(TEXTS.hantNews, "big5");
    expect(detectEncoding(big5, { hint: "gb18030" }).encoding).toBe("big5");
    expect(detectEncoding(new TextEncoder().encode(TEXTS.hansNews), { hint: "big5" }).encoding).toBe("utf-8");
    // Two Hanzi that read as frequent characters in both encodings: the declaration decides.
    const both = new Uint8Array([0xb0, 0xb2, 0xb2, 0xc4]); // 安材 in GBK, 假第 in Big5
    const fromHint = (hint: SourceEncoding) => detectEncoding(both, { hint }).encoding;
    expect([fromHint("gb18030"), fromHint("big5")]).toEqual(["gb18030", "big5"]);
  });

  it("refuses binary data", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(refusal(() => detectEncoding(png))).toBe("BINARY_FILE");
    expect(refusal(() => detectEncoding(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])))).toBe("BINARY_FILE");
  });

  it("never throws for text in an encoding it does not read", () => {
    const latin1 = new Uint8Array(iconv.encode("Grüße aus Köln, café crème.", "latin1"));
    expect(() => detectEncoding(latin1)).not.toThrow();
    const shiftJis = new Uint8Array(iconv.encode("日本語のテキストです。", "shift_jis"));
    expect(() => detectEncoding(shiftJis)).not.toThrow();
  });

  describe("on the demo forum page", () => {
    const demo = readFileSync("samples/demo-forum-page.txt", "utf8");

    it("detects it as GB18030", () => {
      expect(detectEncoding(encode(demo, "gb18030"))).toMatchObject({ encoding: "gb18030" });
    });

    it("detects it as Big5", () => {
      expect(detectEncoding(encode(demo, "big5"))).toMatchObject({ encoding: "big5" });
    });
  });
});
