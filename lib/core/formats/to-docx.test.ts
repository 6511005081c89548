import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { SAMPLE_CONTEXT, SAMPLE_DATA } from "./__fixtures__/sample-data";
import { toDocx } from "./to-docx";
import { wordChineseLanguage, wordEnglishLanguage } from "./word-language";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

type Run = { text: string; val: string | null; eastAsia: string | null };

/** Each table row's cells, each cell the runs (text and w:lang) of word/document.xml. */
async function tableRuns(sourceLang: string, targetLang = "en"): Promise<Run[][][]> {
  const data = { ...SAMPLE_DATA, document: { ...SAMPLE_DATA.document, sourceLang, targetLang } };
  const xml = strFromU8(unzipSync(await toDocx(data, SAMPLE_CONTEXT))["word/document.xml"]);
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const all = (node: Element | Document, name: string) => Array.from(node.getElementsByTagNameNS(W, name));
  return all(doc, "tr").map((row) =>
    all(row, "tc").map((cell) =>
      all(cell, "r")
        .filter((run) => all(run, "t").length > 0)
        .map((run) => {
          const lang = all(run, "lang")[0];
          const attribute = (name: string) => (lang?.hasAttributeNS(W, name) ? lang.getAttributeNS(W, name) : null);
          return { text: all(run, "t").map((t) => t.textContent).join(""), val: attribute("val"), eastAsia: attribute("eastAsia") };
        }),
    ),
  );
}

describe("DOCX w:lang", () => {
  it("marks every run of the Chinese column with its East Asian language and every English run en-US", async () => {
    const [, ...rows] = await tableRuns("zh-Hans");
    expect(rows).toHaveLength(SAMPLE_DATA.segments.length);
    for (const [source, target] of rows) {
      expect(source.length).toBeGreaterThan(0);
      for (const run of source) expect(run).toMatchObject({ val: null, eastAsia: "zh-CN" });
      for (const run of target) expect(run).toMatchObject({ val: "en-US", eastAsia: null });
    }
    expect(rows[3][0].map((run) => run.text)).toEqual(["第一行", "第二行铃"]);
    expect(rows[3][1]).toEqual([
      { text: "Line one", val: "en-US", eastAsia: null },
      { text: "Line two", val: "en-US", eastAsia: null },
    ]);
  });

  it.each([
    ["zh-Hant", "zh-TW"],
    ["zh-Hant-TW", "zh-TW"],
    ["zh-Hant-HK", "zh-HK"],
    ["zh", "zh-CN"],
  ])("a %s document's Chinese runs are %s", async (sourceLang, eastAsia) => {
    const [, first] = await tableRuns(sourceLang);
    expect(first[0][0]).toMatchObject({ text: "研发 & 测试", eastAsia });
  });

  it("heads the columns with readable language names, not tags", async () => {
    const [header] = await tableRuns("zh-Hant", "en");
    expect(header.map((cell) => cell.map((run) => run.text).join(""))).toEqual(["Chinese (Traditional)", "English"]);
    const [headerTw] = await tableRuns("zh-Hant-TW", "en-GB");
    expect(headerTw.map((cell) => cell.map((run) => run.text).join(""))).toEqual(["Chinese (Traditional, Taiwan)", "English (United Kingdom)"]);
  });

  it("keeps an English region the document names", async () => {
    const [, first] = await tableRuns("zh-Hans", "en-GB");
    expect(first[1][0]).toMatchObject({ val: "en-GB" });
  });
});

describe("DOCX fonts", () => {
  /** The w:rFonts of each run of the Chinese column and of the title, as eastAsia/hint. */
  async function chineseRunFonts(sourceLang: string): Promise<string[]> {
    const data = { ...SAMPLE_DATA, document: { ...SAMPLE_DATA.document, sourceLang } };
    const xml = strFromU8(unzipSync(await toDocx(data, SAMPLE_CONTEXT))["word/document.xml"]);
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    const runs = Array.from(doc.getElementsByTagNameNS(W, "r")).filter((run) => run.getElementsByTagNameNS(W, "lang")[0]?.hasAttributeNS(W, "eastAsia"));
    return runs.map((run) => {
      const fonts = run.getElementsByTagNameNS(W, "rFonts")[0];
      return fonts ? `${fonts.getAttributeNS(W, "eastAsia")}/${fonts.getAttributeNS(W, "hint")}` : "none";
    });
  }

  it.each([
    ["zh-Hans", "Microsoft YaHei"],
    ["zh-Hant", "Microsoft JhengHei"],
    ["zh-Hant-TW", "Microsoft JhengHei"],
    ["zh-Hant-HK", "Microsoft JhengHei"],
  ])("a %s document's Chinese runs name %s for East Asian text, with the eastAsia hint", async (sourceLang, font) => {
    const fonts = await chineseRunFonts(sourceLang);
    expect(fonts.length).toBeGreaterThan(SAMPLE_DATA.segments.length);
    expect(new Set(fonts)).toEqual(new Set([`${font}/eastAsia`]));
  });
});

describe("word languages", () => {
  it.each([
    ["zh-Hans", "zh-CN"],
    ["zh-CN", "zh-CN"],
    ["zh-SG", "zh-CN"],
    ["zh-Hant", "zh-TW"],
    ["zh-TW", "zh-TW"],
    ["zh-Hant-HK", "zh-HK"],
    ["zh-MO", "zh-HK"],
  ])("Chinese %s → %s", (lang, word) => expect(wordChineseLanguage(lang)).toBe(word));

  it.each([
    ["en", "en-US"],
    ["en-GB", "en-GB"],
    ["en-Latn-au", "en-AU"],
  ])("English %s → %s", (lang, word) => expect(wordEnglishLanguage(lang)).toBe(word));
});
