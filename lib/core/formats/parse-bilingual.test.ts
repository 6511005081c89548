import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { parseBilingual } from "./parse-bilingual";

const pairs = (text: string) => parseBilingual(text).units.map(({ source, target, status }) => ({ source, target, status }));

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return isDomainError(error) ? { code: error.code, params: error.params } : error;
  }
  return undefined;
};

// What po2xliff 3.8 writes for a PO file: XLIFF 1.1, the PO header as a unit, approved flags, fuzzy as needs-translation.
const PO2XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
  <file original="a.po" source-language="zh-Hans" datatype="plaintext" target-language="en">
    <body>
      <trans-unit xml:space="preserve" id="2" approved="no" restype="x-gettext-domain-header"><source>Project-Id-Version: PACKAGE VERSION
</source><target state="translated">Project-Id-Version: PACKAGE VERSION
</target></trans-unit>
      <trans-unit xml:space="preserve" id="3" approved="yes"><source>研发</source><target state="translated">R&amp;D</target></trans-unit>
      <trans-unit xml:space="preserve" id="4" approved="no"><source>测试</source><target state="needs-translation">Testing</target></trans-unit>
      <trans-unit xml:space="preserve" id="5"><source>还没翻译。</source><target></target></trans-unit>
    </body>
  </file>
</xliff>`;

describe("XLIFF 1.0 and 1.1 read as 1.2", () => {
  it("po2xliff output: the header unit skipped, statuses from state and approved", () => {
    expect(parseBilingual(PO2XLIFF).format).toBe("xliff12");
    expect(pairs(PO2XLIFF)).toEqual([
      { source: "研发", target: "R&D", status: "translated" },
      { source: "测试", target: "Testing", status: "draft" },
      { source: "还没翻译。", target: "", status: "untranslated" },
    ]);
  });

  it("po2xliff declares source-language en-US and no target-language: Chinese sources make it Chinese → English", () => {
    const asWritten = PO2XLIFF.replace('source-language="zh-Hans" datatype="plaintext" target-language="en"', 'source-language="en-US" datatype="plaintext"');
    expect(parseBilingual(asWritten)).toMatchObject({ sourceLang: "zh", targetLang: "en" });
    const english = asWritten.replace(/研发|测试|还没翻译。/g, "Text");
    expect(codeOf(() => parseBilingual(english))).toMatchObject({ code: "WRONG_LANGUAGE_PAIR", params: { source: "en-US" } });
    const declared = asWritten.replace('source-language="en-US"', 'source-language="en-US" target-language="fr"');
    expect(codeOf(() => parseBilingual(declared))).toMatchObject({ code: "WRONG_LANGUAGE_PAIR", params: { source: "en-US", target: "fr" } });
  });

  it("XLIFF 1.0 without a namespace", () => {
    const xliff10 = `<xliff version="1.0"><file source-language="zh-CN" target-language="en-US" datatype="plaintext" original="x"><body><trans-unit id="1"><source>一</source><target state="translated">One</target></trans-unit></body></file></xliff>`;
    expect(pairs(xliff10)).toEqual([{ source: "一", target: "One", status: "translated" }]);
  });

  it("other versions stay refused", () => {
    expect(codeOf(() => parseBilingual(PO2XLIFF.replace('version="1.1"', 'version="1.3"')))).toMatchObject({ code: "UNSUPPORTED_FORMAT" });
  });
});

describe("a target that repeats its source is no translation", () => {
  it.each([
    ["xliff12", `<xliff version="1.2"><file source-language="zh" target-language="en" datatype="plaintext" original="x"><body><trans-unit id="s1" approved="yes"><source>一 二</source><target state="translated"> 一  二 </target></trans-unit><trans-unit id="s2"><source>三</source><target state="translated">Three</target></trans-unit></body></file></xliff>`],
    ["xliff20", `<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="zh" trgLang="en"><file id="f"><unit id="s1"><segment state="translated"><source>一 二</source><target>一 二</target></segment></unit><unit id="s2"><segment state="translated"><source>三</source><target>Three</target></segment></unit></file></xliff>`],
    ["tmx", `<tmx version="1.4"><header srclang="zh" segtype="paragraph" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body><tu><tuv xml:lang="zh"><seg>一 二</seg></tuv><tuv xml:lang="en"><seg>一 二</seg></tuv></tu><tu><tuv xml:lang="zh"><seg>三</seg></tuv><tuv xml:lang="en"><seg>Three</seg></tuv></tu></body></tmx>`],
  ])("%s", (_format, text) => {
    expect(pairs(text)).toEqual([
      { source: "一 二", target: "", status: "untranslated" },
      { source: "三", target: "Three", status: "translated" },
    ]);
  });
});

const tmx = (srclang: string, units: [string, string][][]) =>
  `<tmx version="1.4"><header srclang="${srclang}" segtype="sentence" datatype="PlainText" adminlang="en" o-tmf="UTF-8" creationtool="Translate Toolkit" creationtoolversion="3.8.4"/><body>` +
  units.map((tuvs) => `<tu>${tuvs.map(([lang, seg]) => `<tuv xml:lang="${lang}"><seg>${seg}</seg></tuv>`).join("")}</tu>`).join("") +
  `</body></tmx>`;

describe("TMX: each unit's languages from its own variants", () => {
  it("po2tmx: srclang en, the Chinese in the zh-Hans variant", () => {
    const parsed = parseBilingual(tmx("en", [[["zh-Hans", "研发"], ["en", "R&amp;D"]]]));
    expect(parsed).toMatchObject({ sourceLang: "zh-Hans", targetLang: "en" });
    expect(parsed.units[0]).toMatchObject({ source: "研发", target: "R&D", status: "translated", isStatusImplied: true });
  });

  it.each([
    ["*all*", "ZH-TW", "EN-us"],
    ["*all*", "zh-Hant-TW", "en-US"],
    ["zh_CN", "zh_CN", "en_GB"],
    ["en", "zh", "en"],
  ])("srclang %s, variants %s and %s, in either order", (srclang, zh, en) => {
    expect(pairs(tmx(srclang, [[[en, "One"], [zh, "一"]]]))).toEqual([{ source: "一", target: "One", status: "translated" }]);
  });

  it("units without a Chinese–English pair are left out", () => {
    const text = tmx("*all*", [[["zh", "一"], ["ja", "一つ"]], [["fr", "Un"], ["en", "One"]], [["zh", "二"], ["de", "Zwei"], ["en", "Two"]]]);
    expect(pairs(text)).toEqual([{ source: "二", target: "Two", status: "translated" }]);
  });

  it("refused when no unit pairs Chinese with English, naming the languages found", () => {
    expect(codeOf(() => parseBilingual(tmx("zh", [[["zh", "一"], ["ja", "一つ"]], [["fr", "Un"], ["en", "One"]]])))).toEqual({ code: "NO_LANGUAGE_PAIR", params: { langs: "zh, ja, fr, en" } });
  });
});
