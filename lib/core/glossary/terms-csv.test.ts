import { describe, expect, it } from "vitest";
import type { TermInput } from "../model";
import { glossaryToCsv } from "../formats/to-csv";
import { parseTermsCsv } from "./terms-csv";

const TERMS: TermInput[] = [
  { source: "城管", target: "urban management", note: "", usage: "preferred" },
  { source: "城管", target: "city police", note: 'not "police", they are civil', usage: "forbidden" },
  { source: "𠀀", target: "a, b", note: "two\nlines", usage: "preferred" },
];

describe("terms CSV", () => {
  it("reads back what the glossary export writes, a note's line break as a space", () => {
    expect(parseTermsCsv(glossaryToCsv(TERMS))).toEqual(TERMS.map((term) => ({ ...term, note: term.note.replace("\n", " ") })));
  });

  it("reads columns in any order with a BOM and without the optional ones", () => {
    expect(parseTermsCsv("\uFEFFTarget,Source\nurban management,城管\n\n")).toEqual([
      { source: "城管", target: "urban management", note: "", usage: "preferred" },
    ]);
  });

  it("reads OmegaT's column name comment as the note, and takes off the apostrophe the export puts before a formula", () => {
    expect(parseTermsCsv('source,target,comment\n城管,"urban management, officers",civil\n"\'=公式","\'-formula",\n')).toEqual([
      { source: "城管", target: "urban management, officers", note: "civil", usage: "preferred" },
      { source: "=公式", target: "-formula", note: "", usage: "preferred" },
    ]);
    expect(parseTermsCsv("source,target\n'城管,it's\n")[0], "an apostrophe before anything else stays").toMatchObject({ source: "'城管", target: "it's" });
  });

  it("writes the header source,target,note,usage and one line per term", () => {
    const lines = glossaryToCsv(TERMS).split("\r\n");
    expect(lines[0]).toBe('\uFEFF"source","target","note","usage"');
    expect(lines[3]).toBe('"𠀀","a, b","two lines","preferred"');
    expect(lines).toHaveLength(TERMS.length + 2);
  });

  it.each([
    ["no header", "城管,urban management\n", 1],
    ["an unclosed quote", 'source,target\n城管,ok\n"隨州,Suizhou\n', 3],
    ["a row without English", "source,target\n城管,\n", 2],
    ["an unknown usage", "source,target,usage\n城管,x,maybe\n", 2],
  ])("refuses %s", (_, text, line) => {
    expect(() => parseTermsCsv(text)).toThrow(expect.objectContaining({ code: "INVALID_CSV", params: { line } }));
  });
});
