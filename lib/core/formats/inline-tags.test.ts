import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SAMPLE_CONTEXT, SAMPLE_DATA } from "./__fixtures__/sample-data";
import type { ExportData } from "./export-data";
import { renderTagsAsText, tagChar, tagOf } from "./inline-tag-chars";
import { parseInlineTags, serializeInlineTags, type InlineTag } from "./inline-tags";
import { parseBilingual, type ParsedBilingual } from "./parse-bilingual";
import { prepareExport } from "./prepare-export";
import { writeExport } from "./write-export";

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/inline-tags/${name}`, import.meta.url), "utf8");
const [s, o, c] = [(n: number) => tagChar("standalone", n), (n: number) => tagChar("open", n), (n: number) => tagChar("close", n)];

// A parsed file as a document's export data, the way the server stores and loads it.
function asExportData(parsed: ParsedBilingual): ExportData {
  const segments = parsed.units.map((unit, i) => ({ id: i + 1, position: i, kind: unit.kind, source: unit.source, target: unit.target, status: unit.status, version: 1 }));
  const inlineTags = Object.fromEntries(parsed.units.map((unit, i) => [i + 1, parseInlineTags(serializeInlineTags(unit.tags ?? []))]));
  return { document: { ...SAMPLE_DATA.document, sourceLang: "zh-CN", targetLang: "en" }, segments, annotations: [], terms: [], inlineTags };
}

async function exported(data: ExportData, format: "tmx" | "xliff12" | "xliff20" | "txt" | "csv"): Promise<string> {
  const { body } = await writeExport(data, format, { textLayout: "interleaved" }, SAMPLE_CONTEXT);
  return body as string;
}

const pairs = (parsed: ParsedBilingual) => parsed.units.map(({ source, target }) => [source, target]);
const names = (tags: InlineTag[] | undefined) => (tags ?? []).map((tag) => `${tag.kind}:${tag.name}`);

describe("tag characters", () => {
  it.each([
    ["standalone", 1],
    ["open", 2],
    ["close", 1023],
  ] as const)("a %s tag %i is one private-use character and back", (kind, n) => {
    const char = tagChar(kind, n);
    expect([...char]).toHaveLength(1);
    expect(tagOf(char)).toEqual({ kind, n });
  });

  it("other characters are not tags (U+E000 itself, Han, ASCII)", () => {
    expect(["\uE000", "中", "a", "\uEC00"].map(tagOf)).toEqual([null, null, null, null]);
  });

  it("plain text shows {1}, {2} … {/2}, or drops them", () => {
    const text = `${o(2)}Click${c(2)} here${s(1)}`;
    expect(renderTagsAsText(text)).toBe("{2}Click{/2} here{1}");
    expect(renderTagsAsText(text, "drop")).toBe("Click here");
  });
});

describe("reading inline tags", () => {
  it("XLIFF 1.2: <g>, <x/>, <bx/>/<ex/> by rid, <ph>, <bpt>/<ept>, <it>", () => {
    const parsed = parseBilingual(fixture("tagged.xliff12.xlf"));
    expect(pairs(parsed)).toEqual([
      [`请${o(1)}点击${c(1)}这里${s(2)}继续`, `${o(1)}Click${c(1)} here${s(2)}to go on`],
      [`见${o(1)}第二章${c(1)}和${s(2)}`, `See ${o(1)}chapter two${c(1)} and ${s(2)}`],
      [`${o(1)}链接${c(1)}${s(2)}斜体`, ""],
    ]);
    expect(parsed.units.map((unit) => names(unit.tags))).toEqual([
      ["open:g", "close:g", "standalone:x"],
      ["open:bx", "close:ex", "standalone:ph"],
      ["open:bpt", "close:ept", "standalone:it"],
    ]);
    expect(parsed.units[1].tags?.[2]).toMatchObject({ attrs: { id: "5" }, text: '<img src="a.png"/>' });
  });

  it("XLIFF 2.0: <pc>, <ph/>, <sc/>/<ec/>, and <cp/> as its character", () => {
    const parsed = parseBilingual(fixture("tagged.xliff20.xlf"));
    expect(pairs(parsed)).toEqual([
      [`请${o(1)}点击${c(1)}这里${s(2)}继续`, `${o(1)}Click${c(1)} here${s(2)}to go on`],
      [`见${o(1)}第二章${c(1)}与\t完`, ""],
    ]);
    expect(names(parsed.units[1].tags)).toEqual(["open:sc", "close:ec"]);
  });

  it("TMX: <bpt>/<ept>, <ph>, <hi>, <it>", () => {
    const parsed = parseBilingual(fixture("tagged.tmx"));
    expect(pairs(parsed)).toEqual([
      [`请${o(1)}点击${c(1)}这里${s(2)}继续`, `${o(1)}Click${c(1)} here${s(2)}to go on`],
      [`${o(1)}重要${c(1)}：${s(2)}斜体`, `${o(1)}Important${c(1)}: ${s(2)}italic`],
    ]);
    expect(names(parsed.units[1].tags)).toEqual(["open:hi", "close:hi", "standalone:it"]);
  });

  it("a file without tags reads as before", () => {
    const parsed = parseBilingual(fixture("tagged.xliff12.xlf").replace(/<(g|x|bx|ex|ph|bpt|ept|it)\b[^>]*?\/>|<\/?(g|ph|bpt|ept|it)\b[^>]*>/g, ""));
    expect(parsed.units.every((unit) => unit.tags === undefined)).toBe(true);
  });
});

describe("writing them back", () => {
  // Beside the other golden files, so that scripts/validate-exports.sh checks them with xmllint and translate-toolkit.
  it.each(
    (["xliff12", "xliff20", "tmx"] as const).flatMap((from) => (["xliff12", "xliff20", "tmx"] as const).map((to) => [from, to] as const)),
  )("golden file: tags from %s written as %s", async (from, to) => {
    const file = { xliff12: "tagged.xliff12.xlf", xliff20: "tagged.xliff20.xlf", tmx: "tagged.tmx" }[from];
    const body = await exported(asExportData(parseBilingual(fixture(file))), to);
    await expect(body).toMatchFileSnapshot(`__fixtures__/tags-from-${from}.${to}.${to === "tmx" ? "tmx" : "xlf"}`);
  });

  it.each([
    ["tagged.xliff12.xlf", "xliff12"],
    ["tagged.xliff20.xlf", "xliff20"],
    ["tagged.tmx", "tmx"],
  ] as const)("%s exported as %s gives back the same texts and tags", async (file, format) => {
    const parsed = parseBilingual(fixture(file));
    const again = parseBilingual(await exported(asExportData(parsed), format));
    const translated = format === "tmx" ? parsed.units.filter((unit) => unit.target !== "") : parsed.units;
    expect(pairs(again)).toEqual(pairs({ ...parsed, units: translated }));
    expect(again.units.map((unit) => unit.tags)).toEqual(translated.map((unit) => unit.tags));
  });

  it("writes the same markup: <g ctype>, <bx rid>, <ph> with its code", async () => {
    const body = await exported(asExportData(parseBilingual(fixture("tagged.xliff12.xlf"))), "xliff12");
    expect(body).toContain('<target state="translated"><g id="1" ctype="bold">Click</g> here<x id="2" ctype="lb"/>to go on</target>');
    expect(body).toContain('<bx id="3" rid="7"/>chapter two<ex id="4" rid="7"/> and <ph id="5">&lt;img src="a.png"/&gt;</ph>');
    expect(body).toContain('<source><bpt id="6">&lt;a href="x"&gt;</bpt>链接<ept id="6">&lt;/a&gt;</ept><it id="8" pos="open">&lt;i&gt;</it>斜体</source>');
  });

  it("XLIFF 2.0 <pc> keeps its attributes", async () => {
    const body = await exported(asExportData(parseBilingual(fixture("tagged.xliff20.xlf"))), "xliff20");
    expect(body).toContain('<pc id="1" dataRefStart="d1" dataRefEnd="d2">Click</pc> here<ph id="2" disp="[br]"/>to go on');
  });

  it("tags from XLIFF go into TMX as <bpt>/<ept>/<ph>, and into XLIFF 2.0 as <sc>/<ec>/<ph>", async () => {
    const data = asExportData(parseBilingual(fixture("tagged.xliff12.xlf")));
    expect(await exported(data, "tmx")).toContain('<seg><bpt i="1"/>Click<ept i="1"/> here<ph x="2"/>to go on</seg>');
    expect(await exported(data, "xliff20")).toContain('<target xml:space="preserve"><sc id="t1"/>Click<ec startRef="t1"/> here<ph id="t2"/>to go on</target>');
    const tmx = parseBilingual(await exported(data, "tmx"));
    expect(pairs(tmx)[0]).toEqual(pairs(parseBilingual(fixture("tagged.xliff12.xlf")))[0]);
  });

  it("a pair whose other half the translation lacks is written isolated", async () => {
    const data = asExportData(parseBilingual(fixture("tagged.xliff12.xlf")));
    data.segments[0] = { ...data.segments[0], target: `${o(1)}Click here` };
    expect(await exported(data, "xliff20")).toContain('<sc id="t1" isolated="yes"/>Click here');
    expect(await exported(data, "tmx")).toContain('<it pos="begin" x="1"/>Click here');
    expect(await exported(data, "xliff12")).toContain('<bx id="b1" rid="t1"/>Click here');
  });

  it("plain-text formats show the tags readably", async () => {
    const data = asExportData(parseBilingual(fixture("tagged.xliff12.xlf")));
    const txt = await exported(data, "txt");
    expect(txt).toContain("{1}Click{/1} here{2}to go on");
    expect(txt).not.toMatch(/[\uE000-\uEBFF]/);
    expect(await exported(data, "csv")).toContain("请{1}点击{/1}这里{2}继续");
  });

  it("the script conversion of an export leaves tags in place", async () => {
    const data = asExportData(parseBilingual(fixture("tagged.xliff12.xlf")));
    const prepared = await prepareExport(data, { script: "hant", scope: "all", hasAnnotations: false });
    expect(prepared.segments[0].source).toBe(`請${o(1)}點擊${c(1)}這裏${s(2)}繼續`);
    expect(await exported(prepared, "xliff12")).toContain('<source>請<g id="1" ctype="bold">點擊</g>這裏<x id="2" ctype="lb"/>繼續</source>');
  });
});
