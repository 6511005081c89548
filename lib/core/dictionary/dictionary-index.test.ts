import { describe, expect, it } from "vitest";
import { buildDictionaryIndex } from "./dictionary-index";
import { numberedToMarked } from "./numbered-pinyin";

const LINES = [
  "城\t\tcheng2\tcity walls/city/town/CL:座[zuo4],道[dao4],個|个[ge4]",
  "城管\t\tcheng2 guan3\tcity management/urban management officers",
  "执法\t執法\tzhi2 fa3\tto enforce a law/law enforcement",
  "随州\t隨州\tSui2 zhou1\tSuizhou prefecture-level city in Hubei",
  "绿\t綠\tlu:4\tgreen",
];

describe("buildDictionaryIndex", () => {
  const index = buildDictionaryIndex(LINES);

  it("finds the longest headword at a position, in either script", () => {
    expect(index.lookup("隨州市城管執法委", 3)).toMatchObject({ headword: "城管", length: 2 });
    expect(index.lookup("隨州市城管執法委", 5)?.entries[0]).toEqual({
      simplified: "执法",
      traditional: "執法",
      pinyin: "zhí fǎ",
      senses: ["to enforce a law", "law enforcement"],
    });
    expect(index.lookup("随州", 0)?.entries[0].traditional).toBe("隨州");
  });

  it("counts positions in code points", () => {
    expect(index.lookup("𠀀𪚥城管", 2)?.headword).toBe("城管");
  });

  it("returns null where nothing matches", () => {
    expect(index.lookup("委", 0)).toBeNull();
    expect(index.lookup("城", 5)).toBeNull();
  });
});

describe("numberedToMarked", () => {
  it.each([
    ["cheng2 guan3", "chéng guǎn"],
    ["lu:4", "lǜ"],
    ["Sui2 zhou1", "Suí zhōu"],
    ["gou3", "gǒu"],
    ["liu2", "liú"],
    ["de5", "de"],
    ["A", "A"],
  ])("%s → %s", (numbered, marked) => {
    expect(numberedToMarked(numbered)).toBe(marked);
  });
});
