import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SAMPLE_CONTEXT, SAMPLE_DATA } from "./__fixtures__/sample-data";
import { parseTbxGlossary } from "./parse-tbx";
import { toTbx } from "./to-tbx";
import { TBX3_NS, toTbx3 } from "./to-tbx3";
import { parseXml } from "./xml";

const LANGS = { sourceLang: "zh-Hans", targetLang: "en" };
const tbx3 = toTbx3(SAMPLE_DATA.terms, { ...SAMPLE_CONTEXT, ...LANGS });

// The workplace's shared folder beside the project (as scripts/validate-exports.sh looks for it).
const schemas = [fileURLToPath(new URL("../../../../shared/data/schemas/", import.meta.url)), "/work/shared/data/schemas/"].find((folder) => existsSync(folder)) ?? "";
const hasXmllint = (() => {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("TBX-Basic v3 (ISO 30042:2019)", () => {
  it("matches its golden file and reads back as the same terms", async () => {
    await expect(tbx3).toMatchFileSnapshot("__fixtures__/glossary.tbx3.tbx");
    expect(parseTbxGlossary(tbx3)).toEqual({ version: "v3", terms: SAMPLE_DATA.terms, skipped: 0 });
  });

  // The rules of the dialect's Schematron (TBX-Basic_DCA.sch) that this writer could break; the file is
  // XSLT2 Schematron, which no tool here runs.
  it("keeps the TBX-Basic DCA Schematron rules it touches", () => {
    const doc = parseXml(tbx3);
    const root = doc.documentElement;
    expect([root.namespaceURI, root.getAttribute("type"), root.getAttribute("style")]).toEqual([TBX3_NS, "TBX-Basic", "dca"]);
    const all = Array.from(doc.getElementsByTagNameNS("*", "*"));
    expect(all.filter((element) => element.namespaceURI !== TBX3_NS)).toEqual([]);
    expect(all.filter((element) => element.hasAttribute("type")).every((element) => element.getAttribute("type") !== "")).toBe(true);
    const termNotes = Array.from(doc.getElementsByTagNameNS(TBX3_NS, "termNote"));
    expect(termNotes).toHaveLength(SAMPLE_DATA.terms.length);
    for (const note of termNotes) {
      expect((note.parentNode as Element | null)?.localName).toBe("termSec");
      expect(["admittedTerm-admn-sts", "deprecatedTerm-admn-sts", "supersededTerm-admn-sts", "preferredTerm-admn-sts"]).toContain(note.textContent);
    }
  });

  it.skipIf(!hasXmllint || schemas === "")("is valid against the TBX-Basic v3 integrated RelaxNG (xmllint)", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "duizhao-tbx3-")), "glossary.tbx");
    writeFileSync(file, tbx3);
    const schema = path.join(schemas, "tbx-basic-v3", "TBXcoreStructV03_TBX-Basic_integrated.rng");
    expect(() => execFileSync("xmllint", ["--noout", "--nonet", "--relaxng", schema, file], { stdio: "pipe" })).not.toThrow();
    const broken = tbx3.replace("<termSec>", '<termSec><descrip type="nonsense">x</descrip>');
    writeFileSync(file, broken);
    expect(() => execFileSync("xmllint", ["--noout", "--nonet", "--relaxng", schema, file], { stdio: "pipe" }), "the schema check can fail").toThrow();
  });

  it("writes an empty glossary as a valid file with no entry", () => {
    expect(toTbx3([], { ...SAMPLE_CONTEXT, ...LANGS })).toContain("<body/>");
  });
});

describe("parseTbxGlossary", () => {
  it("reads TBX-Basic 2008 as 2008", () => {
    expect(parseTbxGlossary(toTbx(SAMPLE_DATA.terms, { ...SAMPLE_CONTEXT, ...LANGS }))).toEqual({ version: "2008", terms: SAMPLE_DATA.terms, skipped: 0 });
  });

  it("reads v3 from another tool: regions, admitted and superseded status, a definition; counts entries without a Chinese → English pair", () => {
    const text = `<?xml version="1.0"?>
<tbx xmlns="${TBX3_NS}" type="TBX-Basic" style="dca" xml:lang="en"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
<text><body>
  <conceptEntry id="a"><descrip type="definition">city in Hubei</descrip>
    <langSec xml:lang="zh-CN"><termSec><term> 随州 </term></termSec><termSec><term>隨州</term></termSec></langSec>
    <langSec xml:lang="en-US"><termSec><term>Suizhou</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec></langSec></conceptEntry>
  <conceptEntry id="b"><langSec xml:lang="ZH-TW"><termSec><term>城管</term></termSec></langSec>
    <langSec xml:lang="en"><termSec><term>city police</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec></langSec></conceptEntry>
  <conceptEntry id="c"><langSec xml:lang="zh"><termSec><term>只有中文</term></termSec></langSec><langSec xml:lang="de"><termSec><term>nur Chinesisch</term></termSec></langSec></conceptEntry>
</body></text></tbx>`;
    expect(parseTbxGlossary(text)).toEqual({
      version: "v3",
      terms: [
        { source: "随州", target: "Suizhou", note: "city in Hubei", usage: "preferred" },
        { source: "城管", target: "city police", note: "", usage: "forbidden" },
      ],
      skipped: 1,
    });
  });

  it.each([
    ["not well-formed", "<martif><text><body><termEntry>", "MALFORMED_XML"],
    ["another XML format", '<tmx version="1.4"><header/><body/></tmx>', "UNSUPPORTED_FORMAT"],
    ["no Chinese → English entry", `<tbx xmlns="${TBX3_NS}"><text><body><conceptEntry id="x"><langSec xml:lang="en"><termSec><term>a</term></termSec></langSec></conceptEntry></body></text></tbx>`, "NO_TERMS"],
  ])("refuses %s", (_, text, code) => {
    expect(() => parseTbxGlossary(text)).toThrow(expect.objectContaining({ code }));
  });
});
