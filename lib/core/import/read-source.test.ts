import { readFileSync } from "node:fs";
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES } from "../limits";
import { readSource, sourceText } from "./read-source";
import { asyncRefusal } from "../testing/refusal";

const utf8 = (s: string) => new TextEncoder().encode(s);
const encode = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));


const HANT = "颱風過後，社區的街道滿是落葉和斷枝。星期六早上，管委會號召大家一起打掃，來了五十多位鄰居。";

describe("readSource", () => {
  it("reads a text file as it is, in its detected encoding", async () => {
    const read = await readSource({ bytes: encode(`${HANT}\n`, "big5"), fileName: "notes.txt" });
    expect(read).toMatchObject({ raw: `${HANT}\n`, text: `${HANT}\n`, format: "text", encoding: "big5", replacementCount: 0, title: null });
    expect(read.detected.encoding).toBe("big5");
  });

  it("keeps Markdown raw and strips its markup for the text", async () => {
    const md = "# 清潔日\n\n颱風過後，*大家*一起打掃。\n";
    expect(await readSource({ bytes: encode(md, "gb18030"), fileName: "post.md" })).toMatchObject({
      raw: md,
      text: "清潔日\n\n颱風過後，大家一起打掃。",
      format: "markdown",
      encoding: "gb18030",
      title: "清潔日",
    });
  });

  it("keeps an HTML page raw and extracts its article for the text", async () => {
    const html = readFileSync("lib/core/import/__fixtures__/news-page.html", "utf8");
    const read = await readSource({ bytes: utf8(html), fileName: "news.html" });
    expect(read).toMatchObject({ raw: html, format: "html", encoding: "utf-8", title: "江城老街改造完成 百年骑楼重现旧貌" });
    expect(read.text).toMatch(/^江城老街改造完成 百年骑楼重现旧貌\n\n经过两年多的施工/);
  });

  it("decodes an HTML page in the GBK it declares", async () => {
    const html = readFileSync("lib/core/import/__fixtures__/news-page.html", "utf8")
      .replace('charset="utf-8"', 'charset="gbk"')
      .replace("©", "&copy;"); // GBK has no ©
    const read = await readSource({ bytes: encode(html, "gbk"), fileName: "news.htm" });
    expect(read).toMatchObject({ raw: html, encoding: "gb18030", replacementCount: 0 });
    expect(read.text).toContain("陈阿婆告诉记者");
  });

  it("decodes a Big5 forum page, saved as .txt, as HTML", async () => {
    const html = readFileSync("lib/core/import/__fixtures__/forum-thread.html", "utf8");
    const read = await readSource({ bytes: encode(html, "big5"), fileName: "thread.txt" });
    expect(read).toMatchObject({ raw: html, format: "html", encoding: "big5", title: "颱風過後的社區清潔日" });
  });

  it("follows the declared charset when the bytes read well either way, but not against valid UTF-8", async () => {
    const page = (charset: string) => `<html><head><meta charset="${charset}"></head><body><p>`;
    const ambiguous = new Uint8Array([0xb0, 0xb2, 0xb2, 0xc4]); // 安材 in GBK, 假第 in Big5
    const withBody = (charset: string) => new Uint8Array([...utf8(page(charset)), ...ambiguous, ...utf8("</p></body></html>")]);
    expect((await readSource({ bytes: withBody("big5"), fileName: "a.html" })).text).toBe("假第");
    expect((await readSource({ bytes: withBody("gb2312"), fileName: "a.html" })).text).toBe("安材");
    const lying = utf8(`${page("gbk")}${HANT}</p></body></html>`);
    expect(await readSource({ bytes: lying, fileName: "a.html" })).toMatchObject({ encoding: "utf-8", text: HANT });
  });

  it("decodes with the user's encoding when given, counting what it cannot decode", async () => {
    const read = await readSource({ bytes: encode(HANT, "gb18030"), fileName: "notes.txt", encoding: "big5" });
    expect(read).toMatchObject({ encoding: "big5", detected: { encoding: "gb18030" } });
    expect(read.raw).not.toBe(HANT);
    expect(read.replacementCount).toBeGreaterThan(0);
  });

  it("stores a .docx as its extracted text", async () => {
    const docx = new Document({
      sections: [{ children: [new Paragraph({ text: "清潔日", heading: HeadingLevel.HEADING_1 }), new Paragraph(HANT)] }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(docx));
    expect(await readSource({ bytes, fileName: "post.docx", encoding: "big5" })).toEqual({
      raw: `清潔日\n\n${HANT}`,
      text: `清潔日\n\n${HANT}`,
      format: "docx",
      encoding: "utf-8",
      detected: { encoding: "utf-8", confidence: 1 },
      replacementCount: 0,
      title: null,
    });
  });

  it("refuses what it cannot read", async () => {
    expect(await asyncRefusal(readSource({ bytes: utf8("%PDF-1.7"), fileName: "paper.pdf" }))).toBe("UNSUPPORTED_FORMAT");
    expect(await asyncRefusal(readSource({ bytes: new Uint8Array([0, 1, 2, 3]), fileName: "data.txt" }))).toBe("BINARY_FILE");
    expect(await asyncRefusal(readSource({ bytes: utf8("not a zip"), fileName: "broken.docx" }))).toBe("UNREADABLE_DOCX");
    const latin1 = encode("Grüße aus Köln: café, crème brûlée, à bientôt!", "latin1");
    expect(await asyncRefusal(readSource({ bytes: latin1, fileName: "de.txt" }))).toBe("UNDECODABLE");
  });

  it("accepts a file of exactly MAX_IMPORT_BYTES and refuses one byte more", async () => {
    const atLimit = new Uint8Array(MAX_IMPORT_BYTES).fill(0x61);
    expect((await readSource({ bytes: atLimit, fileName: "big.txt" })).raw).toHaveLength(MAX_IMPORT_BYTES);
    const over = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61);
    expect(await asyncRefusal(readSource({ bytes: over, fileName: "big.txt" }))).toBe("SOURCE_TOO_LARGE");
  });
});

describe("sourceText", () => {
  it("recomputes from the stored raw text exactly what readSource gave", async () => {
    const files: [string, Uint8Array][] = [
      ["news.html", utf8(readFileSync("lib/core/import/__fixtures__/news-page.html", "utf8"))],
      ["post.md", utf8("# 标题\n\n- 甲\n- 乙")],
      ["notes.txt", utf8("第一段。\n第二段。")],
    ];
    for (const [fileName, bytes] of files) {
      const read = await readSource({ bytes, fileName });
      expect(sourceText({ raw: read.raw, format: read.format })).toEqual({ text: read.text, title: read.title });
    }
  });

  it("gives text and docx sources back unchanged", () => {
    expect(sourceText({ raw: "  原文\n", format: "text" })).toEqual({ text: "  原文\n", title: null });
    expect(sourceText({ raw: "原文", format: "docx" })).toEqual({ text: "原文", title: null });
  });
});
