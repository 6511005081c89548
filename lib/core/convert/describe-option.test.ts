import { describe, expect, it } from "vitest";
import { buildDictionaryIndex } from "../dictionary/dictionary-index";
import { describeOption } from "./describe-option";

const index = buildDictionaryIndex([
  "干部\t幹部\tgan4 bu4\tcadre/official/officer",
  "干\t幹\tgan4\ttree trunk/main part of sth/to manage",
  "乾\t\tqian2\tsurname Qian/one of the Eight Trigrams",
  "干\t乾\tGan1\tsurname Gan",
  "干\t乾\tgan1\tdry/clean/in vain",
  "后\t\thou4\tempress/queen/surname Hou",
  "后\t後\thou4\tback/behind/rear/afterwards",
]);

describe("describeOption", () => {
  it("gives the word's own sense when the dictionary has the word", () => {
    expect(describeOption(index, "幹部", "干部")).toBe("gàn bù cadre; official");
  });

  it("falls back to the sense of the character that changed", () => {
    // The sense that pairs 乾 with the stored 干 comes first, though the dictionary lists 乾 qián first.
    expect(describeOption(index, "乾部", "干部")).toBe("乾: gān dry; clean · qián one of the Eight Trigrams");
    expect(describeOption(index, "乾", "干")).not.toMatch(/surname/);
  });

  it("tells 後 (behind) from 后 (empress)", () => {
    expect(describeOption(index, "後", "后")).toBe("hòu back; behind");
    expect(describeOption(index, "后", "后")).toMatch(/^hòu empress; queen/);
  });

  it("says nothing when the dictionary knows nothing", () => {
    expect(describeOption(index, "榦", "干")).toBe("");
  });
});
