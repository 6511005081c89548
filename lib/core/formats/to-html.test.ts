import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { SAMPLE_CONTEXT, SAMPLE_DATA } from "./__fixtures__/sample-data";
import { prepareExport } from "./prepare-export";
import { toHtml } from "./to-html";

const page = (sourceLang: string, targetLang = "en") => {
  const html = toHtml({ ...SAMPLE_DATA, document: { ...SAMPLE_DATA.document, sourceLang, targetLang } }, SAMPLE_CONTEXT);
  return parseHTML(html).document;
};
const headings = (doc: Document) => Array.from(doc.querySelectorAll("thead th"), (th) => th.textContent);

describe("bilingual HTML headings", () => {
  it.each([
    ["zh-Hant", "en", "Chinese (Traditional)", "English"],
    ["zh-Hans", "en-GB", "Chinese (Simplified)", "English (United Kingdom)"],
    ["zh-Hant-HK", "en", "Chinese (Traditional, Hong Kong)", "English"],
    ["zh", "en-US", "Chinese", "English (United States)"],
  ])("%s → %s: readable names over the columns, the tags kept in lang", (sourceLang, targetLang, source, target) => {
    const doc = page(sourceLang, targetLang);
    expect(headings(doc)).toEqual(["#", source, target]);
    expect(doc.documentElement.getAttribute("lang")).toBe(targetLang);
    expect(doc.querySelector("h1")?.getAttribute("lang")).toBe(sourceLang);
    const cells = Array.from(doc.querySelectorAll("tbody tr"), (row) => [row.querySelector("td.source")?.getAttribute("lang"), row.querySelector("td.target")?.getAttribute("lang")]);
    expect(cells).toHaveLength(SAMPLE_DATA.segments.length);
    for (const langs of cells) expect(langs).toEqual([sourceLang, targetLang]);
  });

  it("names the script view an export converts to (Taiwan: zh-Hant-TW)", async () => {
    const data = await prepareExport(SAMPLE_DATA, { script: "tw", scope: "all", hasAnnotations: true });
    const doc = parseHTML(toHtml(data, SAMPLE_CONTEXT)).document;
    expect(headings(doc)).toEqual(["#", "Chinese (Traditional, Taiwan)", "English"]);
    expect(doc.querySelector("td.source")?.getAttribute("lang")).toBe("zh-Hant-TW");
  });

  it("never leaves a heading empty, and escapes a tag it cannot name", () => {
    expect(headings(page("", ""))).toEqual(["#", "Chinese", "English"]);
    const html = toHtml({ ...SAMPLE_DATA, document: { ...SAMPLE_DATA.document, sourceLang: "<b>x</b>" } }, SAMPLE_CONTEXT);
    expect(html).toContain('<th scope="col">&lt;b&gt;x&lt;/b&gt;</th>');
  });
});
