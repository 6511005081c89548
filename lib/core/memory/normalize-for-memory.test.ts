import { beforeAll, describe, expect, it } from "vitest";
import { mappedString } from "../convert/mapped-text";
import { loadDict } from "../convert/load-view-converter";
import { loadMatchKey, type MatchKey } from "../convert/match-key";
import { seededRandom } from "../testing/seeded-random";
import { memoryKey, normalizeForMemory } from "./normalize-for-memory";

let matchKey: MatchKey;
beforeAll(async () => {
  matchKey = await loadMatchKey();
});

describe("normalizeForMemory", () => {
  it.each([
    ["Traditional and Simplified", "隨州市發佈通知", "随州市发布通知"],
    ["full-width letters and digits", "ＣＯＶＩＤ－１９疫情", "covid-19疫情"],
    ["full-width punctuation", "你好，世界！", "你好,世界!"],
    ["spaces inside Chinese", "随 州\u3000市\n政府", "随州市政府"],
    ["English case and spaces", "  The  City ", "thecity"],
  ])("folds %s", (_, text, key) => {
    expect(memoryKey(matchKey, text)).toBe(key);
  });

  it("gives both scripts and both widths one key", () => {
    expect(memoryKey(matchKey, "執法委全員戰疫（第１批）")).toBe(memoryKey(matchKey, "执法委全员战疫(第1批)"));
  });

  it("keeps the way back to the original text", () => {
    const key = normalizeForMemory(matchKey, "甲 乙隨州");
    expect(mappedString(key)).toBe("甲乙随州");
    // 随州 is at 2–4 in the key and at 3–5 in the original (the space was dropped).
    expect([key.from[2], key.to[3]]).toEqual([3, 5]);
    expect(key.sourceLength).toBe(5);
  });
});

describe("memoryKey (compact key) against the mapped key", () => {
  it("gives exactly the mapped key without spaces for mixed random text", async () => {
    const phrases = (await loadDict("TSPhrases")).split("|").slice(0, 400).map((entry) => entry.split(" ")[0]);
    // Compatibility ideographs, whitespace of every kind, full-width forms, letters whose lower case is
    // longer or context-dependent, astral characters with and without case, lone surrogates, IDS.
    const pieces = [...phrases, "隨", "發", "乾", "豐", "\uF900", "\uFA0E", "\u{2F800}", " ", "\t", "\n", "\u3000", "\u00a0", "\u2003", "Ａ", "ｚ", "！", "～", "İ", "Σ", "ΑΣ ", "ß", "K", "\u{10400}", "\u{20000}", "\u{1D400}", "\uD800", "\uDC00", "⿰氵每", "a", "Z", "1", "。"];
    const random = seededRandom(20);
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)]).join("");
      expect(memoryKey(matchKey, text), JSON.stringify(text)).toBe(matchKey(text).chars.filter((char) => char !== " ").join(""));
    }
  });
});
