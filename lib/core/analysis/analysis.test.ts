import { describe, expect, it } from "vitest";
import { loadMatchKey } from "../convert/match-key";
import { memoryKey } from "../memory/normalize-for-memory";
import { similarityScore } from "../memory/similarity-score";
import { analyzeMatches } from "./analyze-matches";
import { countDocument } from "./count-document";
import { countCharacters, countEnglishWords, countHan } from "./count-text";
import { bandOf } from "./match-bands";
import { DEFAULT_RATES, quoteOf } from "./quote";

describe("counts", () => {
  it("counts Han characters only: no punctuation, Latin, digits; an astral ideograph is one", () => {
    expect(countHan("新冠病毒COVID-19，感染2萬人。")).toBe(8);
    expect(countHan("𠀀𠀁丁")).toBe(3);
    expect(countHan("「」《》，。！？……")).toBe(0);
    expect(countCharacters("新冠 COVID-19，\n感染。")).toBe(14);
    expect(countCharacters("𠀀 a")).toBe(2);
  });

  it("counts English words between spaces: numbers and hyphenated words are one word, a dash is none", () => {
    expect(countEnglishWords("More than 20,000 people — don't panic!")).toBe(6);
    expect(countEnglishWords("COVID-19 cases rose by 3.5%.")).toBe(5);
    expect(countEnglishWords("")).toBe(0);
  });

  it("counts a document's paragraphs and sentences by status, and Han characters left to translate", () => {
    const counts = countDocument([
      { source: "第一句。第二句！", target: "First. Second!", status: "translated" },
      { source: "沒有句號", target: "", status: "untranslated" },
      { source: "一句。", target: "One sentence here.", status: "reviewed" },
    ]);
    expect(counts.han).toBe(12);
    expect(counts.englishWords).toBe(5);
    expect(counts.paragraphs).toEqual({ untranslated: 1, draft: 0, translated: 1, reviewed: 1 });
    expect(counts.sentences).toEqual({ untranslated: 1, draft: 0, translated: 2, reviewed: 1 });
    expect(counts.hanByStatus.untranslated).toBe(4);
  });
});

describe("match bands", () => {
  it("puts each score in its band at the boundaries", () => {
    expect([100, 99, 95, 94, 85, 84, 75, 74, 50, 49, 0].map(bandOf)).toEqual(["100", "95-99", "95-99", "85-94", "85-94", "75-84", "75-84", "50-74", "50-74", "none", "none"]);
  });
});

describe("analyzeMatches", () => {
  it("counts a repetition in any script once its first occurrence is counted, and each other segment in its band", async () => {
    const toKey = await loadMatchKey();
    const keyOf = (text: string) => memoryKey(toKey, text);
    const memory = ["城管来了，大家快跑。", "今天天气很好。"].map(keyOf);
    const bestScore = (key: string) => Math.max(0, ...memory.map((unit) => similarityScore(key, unit)));
    const analysis = analyzeMatches(["城管來了，大家快跑。", "今天天氣很好！", "城管来了，大家快跑。", "完全不同的一句話。", "  "], { keyOf, bestScore });
    expect(analysis.bands["100"]).toEqual({ segments: 1, han: 8, characters: 10 });
    expect(analysis.bands.repetition).toEqual({ segments: 1, han: 8, characters: 10 });
    expect(analysis.bands["85-94"].segments).toBe(1);
    expect(analysis.bands.none.segments).toBe(1);
    expect(analysis.total.segments).toBe(4);
  });

  it("prices the bands with the rate table", () => {
    const analysis = analyzeMatches(["一二三四五六七八九十", "一二三四五六七八九十", "甲乙丙丁"], { keyOf: (t) => t, bestScore: (t) => (t.startsWith("甲") ? 0 : 100) });
    const quote = quoteOf(analysis, { ...DEFAULT_RATES, ratePerHan: 0.1 });
    expect(quote.weightedHan).toBe(3 + 3 + 4);
    expect(quote.amount).toBe(1);
    expect(quote.lines.find((line) => line.band === "repetition")).toMatchObject({ han: 10, weight: 30, weightedHan: 3 });
  });
});
