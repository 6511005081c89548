import { describe, expect, it } from "vitest";
import { buildDictionaryIndex } from "./dictionary-index";
import { isSecondarySense, orderDictionaryEntries } from "./order-entries";

// Real CC-CEDICT lines, in the dictionary's own (alphabetical, capitals first) order.
const index = buildDictionaryIndex([
  "新\t\tXin1\tabbr. for Xinjiang 新疆[Xin1 jiang1] or Singapore 新加坡[Xin1 jia1 po1]/surname Xin",
  "新\t\txin1\tnew/newly/meso- (chemistry)",
  "王\t\tWang2\tsurname Wang",
  "王\t\twang2\tking or monarch/best or strongest of its type/grand/great",
  "王\t\twang4\tto rule/to reign over",
  "周\t\tZhou1\tsurname Zhou/Zhou Dynasty (1046-256 BC)",
  "周\t\tzhou1\tto make a circuit/to circle/circle/circumference",
  "周\t週\tzhou1\tweek/weekly/variant of 周[zhou1]",
  "的\t\tde5\tof/~'s (possessive particle)/(used after an attribute)",
  "的\t\tdi1\tsee 的士[di1 shi4]",
  "的\t\tdi2\treally and truly",
  "的\t\tdi4\taim/clear",
  "个\t個\tge4\tindividual/this/that/size/classifier for people or objects in general",
  "个\t箇\tge4\tvariant of 個|个[ge4]",
  "乾\t乹\tqian2\told variant of 乾[qian2]",
  "乾\t\tQian2\tsurname Qian",
  "乾\t\tqian2\tone of the Eight Trigrams 八卦[ba1 gua4], symbolizing heaven/male principle",
  "欧阳\t歐陽\tOu1 yang2\tsurname Ouyang",
  "城\t\tcheng2\tcity walls/city/town/CL:座[zuo4],道[dao4],個|个[ge4]",
]);
const ordered = (word: string) => orderDictionaryEntries(index.lookup(word)?.entries ?? []);
const readings = (word: string) => ordered(word).map((e) => `${e.pinyin} ${e.senses[0]}`);

describe("orderDictionaryEntries", () => {
  it("puts the common sense before the surname", () => {
    expect(readings("新")).toEqual(["xīn new", "Xīn abbr. for Xinjiang 新疆[Xin1 jiang1] or Singapore 新加坡[Xin1 jia1 po1]"]);
    expect(ordered("新")[1].senses.at(-1)).toBe("surname Xin");
    expect(readings("王")).toEqual(["wáng king or monarch", "wàng to rule", "Wáng surname Wang"]);
  });

  it("moves surname and variant notes to the end of an entry's senses, keeping the rest in order", () => {
    expect(ordered("周")[0].senses).toEqual(["to make a circuit", "to circle", "circle", "circumference"]);
    expect(ordered("周")[1].senses).toEqual(["week", "weekly", "variant of 周[zhou1]"]);
    expect(ordered("周")[2].senses).toEqual(["Zhou Dynasty (1046-256 BC)", "surname Zhou"]);
    expect(ordered("城")[0].senses).toEqual(["city walls", "city", "town", "CL:座[zuo4],道[dao4],個|个[ge4]"]);
  });

  it("puts readings with more meanings first and entries of only notes last", () => {
    expect(readings("的")).toEqual(["de of", "dì aim", "dí really and truly", "dī see 的士[di1 shi4]"]);
    expect(readings("个")).toEqual(["gè individual", "gè variant of 個|个[ge4]"]);
    expect(readings("乾")).toEqual(["qián one of the Eight Trigrams 八卦[ba1 gua4], symbolizing heaven", "qián old variant of 乾[qian2]", "Qián surname Qian"]);
  });

  it("keeps the sense of a word that is only a surname", () => {
    expect(ordered("欧阳")).toEqual([{ simplified: "欧阳", traditional: "歐陽", pinyin: "Ōu yáng", senses: ["surname Ouyang"] }]);
  });

  it("leaves an empty list empty", () => {
    expect(orderDictionaryEntries([])).toEqual([]);
  });
});

describe("isSecondarySense", () => {
  it.each([
    ["surname Xin", true],
    ["old variant of 乾[qian2]", true],
    ["unofficial variant of 瞭[liao4]", true],
    ["used in 琵琶[pi2 pa5]", true],
    ["see 的士[di1 shi4]", true],
    ["CL:座[zuo4]", true],
    ["surnamed person", false],
    ["variant", false],
    ["seems", false],
    ["new", false],
    ["classifier for people or objects in general", false],
  ])("%s → %s", (sense, expected) => {
    expect(isSecondarySense(sense)).toBe(expected);
  });
});
