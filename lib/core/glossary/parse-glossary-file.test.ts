import { describe, expect, it } from "vitest";
import { SAMPLE_CONTEXT, SAMPLE_DATA } from "../formats/__fixtures__/sample-data";
import { glossaryToCsv } from "../formats/to-csv";
import { toTbx } from "../formats/to-tbx";
import { toTbx3 } from "../formats/to-tbx3";
import { MAX_BILINGUAL_BYTES } from "../limits";
import { parseGlossaryFile } from "./parse-glossary-file";

const context = { ...SAMPLE_CONTEXT, sourceLang: "zh", targetLang: "en" };
const utf8 = (text: string) => new TextEncoder().encode(text);
const ONE_LINE_TERMS = SAMPLE_DATA.terms.map((term) => ({ ...term, note: term.note.replace("\n", " ") }));

describe("parseGlossaryFile", () => {
  it.each([
    ["glossary.csv", glossaryToCsv(SAMPLE_DATA.terms), "csv", ONE_LINE_TERMS],
    ["GLOSSARY.CSV", glossaryToCsv(SAMPLE_DATA.terms), "csv", ONE_LINE_TERMS],
    ["glossary.tbx", toTbx(SAMPLE_DATA.terms, context), "tbx2008", SAMPLE_DATA.terms],
    ["glossary-v3.tbx", toTbx3(SAMPLE_DATA.terms, context), "tbx3", SAMPLE_DATA.terms],
    ["terms.xml", toTbx3(SAMPLE_DATA.terms, context), "tbx3", SAMPLE_DATA.terms],
  ])("reads %s as %s", (name, text, format, terms) => {
    expect(parseGlossaryFile(name, utf8(text))).toEqual({ format, terms, skipped: 0 });
  });

  it.each([
    ["terms.txt", "城管\turban management", "UNSUPPORTED_GLOSSARY"],
    ["glossary", "source,target\n城管,x", "UNSUPPORTED_GLOSSARY"],
    ["memory.tbx", '<tmx version="1.4"><header/><body/></tmx>', "UNSUPPORTED_GLOSSARY"],
    ["empty.csv", " \n", "EMPTY_SOURCE"],
    ["header-only.csv", "source,target,note\r\n", "NO_TERMS"],
    ["broken.tbx", "<martif><text>", "MALFORMED_XML"],
    ["big.csv", `source,target\n${"x".repeat(MAX_BILINGUAL_BYTES)}`, "FILE_TOO_LARGE"],
    ["zip.csv", "PK\u0003\u0004\u0000\u0000\u0008\u0000\u0000\u0000\u0000\u0000", "BINARY_FILE"],
  ])("refuses %s with %s", (name, text, code) => {
    expect(() => parseGlossaryFile(name, utf8(text))).toThrow(expect.objectContaining({ code }));
  });

  it("names the file when it refuses it", () => {
    expect(() => parseGlossaryFile("notes.docx", utf8("x"))).toThrow(expect.objectContaining({ params: { name: "notes.docx" } }));
  });

  it("reads a CSV saved as GBK or Big5 (as Excel does in Chinese Windows)", () => {
    const gbk = new Uint8Array([...utf8("source,target\n"), 0xb3, 0xc7, 0xb9, 0xdc, ...utf8(",urban management\n"), 0xcb, 0xe6, 0xd6, 0xdd, ...utf8(",Suizhou\n")]);
    expect(parseGlossaryFile("excel.csv", gbk).terms.map((term) => term.source)).toEqual(["城管", "随州"]);
    const big5 = new Uint8Array([...utf8("source,target\n"), 0xab, 0xb0, 0xba, 0xde, ...utf8(",urban management\n"), 0xc0, 0x48, 0xa6, 0x7b, ...utf8(",Suizhou\n")]);
    expect(parseGlossaryFile("excel.csv", big5).terms.map((term) => term.source)).toEqual(["城管", "隨州"]);
  });
});
