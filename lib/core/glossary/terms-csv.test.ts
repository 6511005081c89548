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
  it("reads back what the glossary export writes", () => {
    expect(parseTermsCsv(glossaryToCsv(TERMS))).toEqual(TERMS);
  });

  it("reads columns in any order with a BOM and without the optional ones", () => {
    expect(parseTermsCsv("\uFEFFTarget,Source\nurban management,城管\n\n")).toEqual([
      { source: "城管", target: "urban management", note: "", usage: "preferred" },
    ]);
  });

  it.each([
    ["no header", "城管,urban management\n", 1],
    ["a row without English", "source,target\n城管,\n", 2],
    ["an unknown usage", "source,target,usage\n城管,x,maybe\n", 2],
  ])("refuses %s", (_, text, line) => {
    expect(() => parseTermsCsv(text)).toThrow(expect.objectContaining({ code: "INVALID_CSV", params: { line } }));
  });
});
