import { existsSync, readFileSync } from "node:fs";
import Papa from "papaparse";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { SAMPLE_CONTEXT, SAMPLE_DATA } from "./__fixtures__/sample-data";
import { MAX_BILINGUAL_BYTES } from "../limits";
import { EXPORT_FORMATS } from "./export-data";
import { parseBilingual } from "./parse-bilingual";
import { planImport } from "./plan-import";
import { prepareExport } from "./prepare-export";
import { glossaryToCsv, neutraliseFormula } from "./to-csv";
import { toTbx } from "./to-tbx";
import { parseTbx } from "./parse-tbx";
import { writeExport } from "./write-export";

const write = (format: (typeof EXPORT_FORMATS)[number], layout: "target" | "interleaved" = "target") =>
  writeExport(SAMPLE_DATA, format, { textLayout: layout }, SAMPLE_CONTEXT);

describe("writeExport golden files", () => {
  it.each(EXPORT_FORMATS.filter((format) => !format.endsWith("docx") && format !== "review-xlsx"))("%s matches its golden file", async (format) => {
    const { body, extension } = await write(format, "interleaved");
    await expect(body).toMatchFileSnapshot(`__fixtures__/sample.${format}.${extension}`);
  });

  it("never writes a control character into XML, and keeps emoji, 𠀀 and newlines", async () => {
    for (const format of ["tmx", "xliff12", "xliff20"] as const) {
      const { body } = await write(format);
      expect(body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      expect(body).toContain("👍🎉 rare 𠀀");
      expect(body).toContain("第一行\n第二行铃");
    }
  });
});

describe("a stored source URL that is not http(s) (data from before the check)", () => {
  const hostile = { ...SAMPLE_DATA, document: { ...SAMPLE_DATA.document, sourceUrl: "javascript:alert(document.domain)//https://x" } };

  it.each(EXPORT_FORMATS)("%s leaves it out", async (format) => {
    const { body } = await writeExport(hostile, format, { textLayout: "interleaved" }, SAMPLE_CONTEXT);
    const text = typeof body === "string" ? body : Object.values(unzipSync(body)).map((file) => strFromU8(file)).join("\n");
    expect(text).not.toMatch(/javascript/i);
  });

  it("an http(s) URL is still linked in HTML and Markdown", async () => {
    expect((await write("html")).body).toContain('<a href="https://example.com/post?a=1&amp;b=2">');
    expect((await write("md")).body).toContain("<https://example.com/post?a=1&b=2>");
  });
});

describe("round trip", () => {
  const expected = SAMPLE_DATA.segments.map(({ source, target, status }) => ({
    source: source.replace(/[\u0000-\u0008]/g, ""),
    target: target.replace(/[\u0000-\u0008]/g, ""),
    status,
  }));

  it.each(["xliff12", "xliff20"] as const)("%s comes back with identical sources, targets and statuses", async (format) => {
    const parsed = parseBilingual((await write(format)).body as string);
    expect(parsed.sourceLang).toBe("zh-Hans");
    expect(parsed.units.map(({ source, target, status }) => ({ source, target, status }))).toEqual(expected);
    expect(parsed.units.map((unit) => unit.id)).toEqual(SAMPLE_DATA.segments.map((segment) => `s${segment.id}`));
  });

  it("TMX comes back with every translated paragraph identical (untranslated ones are not in a TM)", async () => {
    const parsed = parseBilingual((await write("tmx")).body as string);
    expect(parsed.units.map(({ source, target, status }) => ({ source, target, status }))).toEqual(expected.filter((unit) => unit.target !== ""));
    expect(parsed.title).toBe(SAMPLE_DATA.document.title);
  });

  it("planImport matches by id, else by source, and lists only real changes", () => {
    const units = [
      { id: "s31", kind: "body" as const, source: "研发 & 测试", target: "R&D & testing", status: "reviewed" as const },
      { id: "x", kind: "body" as const, source: " 还没翻译的段落。 ", target: "Not yet translated.", status: "translated" as const },
      { id: "s32", kind: "body" as const, source: "changed source", target: "T", status: "draft" as const },
      { id: "s33", kind: "body" as const, source: SAMPLE_DATA.segments[2].source, target: "", status: "untranslated" as const },
    ];
    const plan = planImport(SAMPLE_DATA.segments, units);
    expect(plan.changes).toEqual([{ segmentId: 36, n: 6, baseVersion: 0, target: "Not yet translated.", status: "translated" }]);
    expect(plan.conflicts).toEqual([]);
    expect(plan).toMatchObject({ unchanged: 2, unmatched: 1, matchedById: 2, matchedBySource: 1 });
  });
});

describe("parseBilingual refuses bad files", () => {
  it.each([
    ["malformed XML", "<xliff version='1.2'><file>", "MALFORMED_XML"],
    ["not XML", "hello", "MALFORMED_XML"],
    ["another XML", "<html/>", "UNSUPPORTED_FORMAT"],
    ["a wrong pair", '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="fr" trgLang="en"><file id="f"><unit id="u"><segment><source>a</source></segment></unit></file></xliff>', "WRONG_LANGUAGE_PAIR"],
    ["no units", '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="zh" trgLang="en"><file id="f"/></xliff>', "EMPTY_SOURCE"],
  ])("%s", (_name, text, code) => {
    expect(() => parseBilingual(text)).toThrowError(expect.objectContaining({ code }));
  });

  it("reads a file of exactly MAX_BILINGUAL_BYTES and refuses one byte more as FILE_TOO_LARGE", () => {
    const open = '<tmx version="1.4"><header srclang="zh"/><body>';
    const atLimit = `${open}${" ".repeat(MAX_BILINGUAL_BYTES - open.length - "</body></tmx>".length)}</body></tmx>`;
    expect(atLimit).toHaveLength(MAX_BILINGUAL_BYTES);
    expect(() => parseBilingual(atLimit)).toThrowError(expect.objectContaining({ code: "EMPTY_SOURCE" }));
    expect(() => parseBilingual(`${atLimit} `)).toThrowError(expect.objectContaining({ code: "FILE_TOO_LARGE", params: { limitMb: 32 } }));
  });

  const samples = new URL("../../../../shared/data/export-samples/", import.meta.url);
  it.skipIf(!existsSync(samples))("reads the hand-written shared samples (zh-CN → en)", () => {
    for (const file of ["sample.tmx", "sample-1.2.xlf", "sample-2.0.xlf", "sample-2.1.xlf"]) {
      const parsed = parseBilingual(readFileSync(new URL(file, samples), "utf8"));
      expect(parsed.units).toHaveLength(5);
      expect(parsed.units[4].source).toBe("第一行\n第二行");
    }
  });
});

describe("CSV and TSV", () => {
  it("CSV reads back as the same table in a standard parser, with a BOM and formulas neutralised", async () => {
    const body = (await write("csv")).body as string;
    expect(body.startsWith("\uFEFF")).toBe(true);
    const { data } = Papa.parse<string[]>(body.slice(1), { skipEmptyLines: true });
    expect(data[0]).toEqual(["id", "source", "target", "status", "annotations"]);
    expect(data.slice(1).map((row) => row[2])).toEqual(["R&D & testing", "If a < b and b > c, \"quotes\" and 'single'", "Like this 👍🎉 rare 𠀀", "Line one\nLine two", "'@SUM(A1) -3 +4", ""]);
    expect(data[5][1]).toBe("'=1+2 公式");
  });

  it.each([
    ["=1", "'=1"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@a", "'@a"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["\n=1", "'\n=1"],
    ["\nplain", "'\nplain"],
    [" =1+1", "' =1+1"],
    ["   -2", "'   -2"],
    ["\u00A0=HYPERLINK(\"x\")", "'\u00A0=HYPERLINK(\"x\")"],
    ["\u3000+1", "'\u3000+1"],
    ["\u200B=1", "'\u200B=1"],
    ["＝1+1", "'＝1+1"],
    ["＋1", "'＋1"],
    ["－1", "'－1"],
    ["＠SUM(A1)", "'＠SUM(A1)"],
    [" ＝1", "' ＝1"],
    ["a=1", "a=1"],
    ["1-2", "1-2"],
    [" plain", " plain"],
    ["\u3000\u3000段落", "\u3000\u3000段落"],
    ["", ""],
  ])("neutralises %j as %j", (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  it("the glossary CSV neutralises a term that hides a formula behind a space or a full-width sign", () => {
    const csv = glossaryToCsv([{ source: "\u00A0=cmd|' /C calc'!A0", target: "＝1+1", usage: "preferred", note: " @x" }]);
    const { data } = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(data[1]).toEqual(["'\u00A0=cmd|' /C calc'!A0", "'＝1+1", "' @x", "preferred"]);
  });

  it("TSV escapes newlines and tabs", async () => {
    const body = (await write("tsv")).body as string;
    expect(body.split("\r\n")[4]).toBe("s34\t第一行\\n第二行铃\tLine one\\nLine two\ttranslated\t");
  });
});

describe("glossary", () => {
  it("TBX and CSV golden files; TBX reads back", async () => {
    const tbx = toTbx(SAMPLE_DATA.terms, { ...SAMPLE_CONTEXT, sourceLang: "zh-Hans", targetLang: "en" });
    await expect(tbx).toMatchFileSnapshot("__fixtures__/glossary.tbx");
    await expect(glossaryToCsv(SAMPLE_DATA.terms)).toMatchFileSnapshot("__fixtures__/glossary.csv");
    expect(parseTbx(tbx)).toEqual(SAMPLE_DATA.terms);
  });
});

describe("options and DOCX", () => {
  it("converts the source to Traditional, keeps only translated paragraphs, drops annotations", async () => {
    const data = await prepareExport(SAMPLE_DATA, { script: "hant", scope: "translated", hasAnnotations: false });
    expect(data.document.sourceLang).toBe("zh-Hant");
    expect(data.segments.map((segment) => segment.id)).toEqual([31, 32, 33, 34, 35]);
    expect(data.segments[0].source).toBe("研發 & 測試");
    expect(data.annotations).toEqual([]);
  });

  it("DOCX is a Word package with a two-column table, the texts and a footnote", async () => {
    const files = unzipSync((await write("docx")).body as Uint8Array);
    const xml = strFromU8(files["word/document.xml"]);
    expect(xml).toContain("<w:tbl>");
    expect(xml).toContain("R&amp;D &amp; testing");
    expect(xml).toContain("👍🎉 rare 𠀀");
    expect(strFromU8(files["word/footnotes.xml"])).toContain("research &amp; development");
  });
});
