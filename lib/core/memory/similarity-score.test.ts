import { beforeAll, describe, expect, it } from "vitest";
import { loadMatchKey, type MatchKey } from "../convert/match-key";
import { memoryKey } from "./normalize-for-memory";
import { lengthBounds, maxDistance, similarityScore } from "./similarity-score";

let matchKey: MatchKey;
beforeAll(async () => {
  matchKey = await loadMatchKey();
});
const score = (a: string, b: string) => similarityScore(memoryKey(matchKey, a), memoryKey(matchKey, b));

describe("similarityScore", () => {
  // Expected figures worked out by hand: 100 × (longer − edits) / longer, rounded down.
  it.each([
    ["identical", "随州市人民政府", "随州市人民政府", 100],
    ["identical across scripts", "隨州市人民政府", "随州市人民政府", 100],
    ["identical across widths and spaces", "第１批 名单", "第1批名单", 100],
    ["one character substituted in 10", "今天随州市下了大雨。", "今天随州市下了小雨。", 90],
    ["one character inserted into 9 (10 long)", "今天随州市下了雨。", "今天随州市下了大雨。", 90],
    ["one character deleted from 4", "北京大学", "北京大", 75],
    ["two substituted in 6 (66.7 → 66)", "甲乙丙丁戊己", "甲X丙Y戊己", 66],
    ["three substituted in 10", "一二三四五六七八九十", "一二三四五六七甲乙丙", 70],
    ["seven substituted in 20 (65)", "一二三四五六七八九十一二三四五六七八九十", "一二三四五六七八九十一二三甲乙丙丁戊己庚", 65],
    ["nothing in common", "你好", "再见", 0],
  ])("%s scores %i", (_, a, b, expected) => {
    expect(score(a, b)).toBe(expected);
  });

  it("is 100 only for identical keys, even when 1 edit in a long text rounds to 99.9", () => {
    const long = "甲".repeat(999);
    expect(similarityScore(long, `${long}乙`)).toBe(99);
  });
});

describe("lengthBounds", () => {
  it("keeps the lengths that can still reach the score", () => {
    expect(lengthBounds(10, 70)).toEqual({ min: 7, max: 14 });
    // 14 against 10: at least 4 edits in 14 → 71; 15: at least 5 in 15 → 66.
    expect(similarityScore("一".repeat(10), "一".repeat(14))).toBe(71);
    expect(similarityScore("一".repeat(10), "一".repeat(15))).toBe(66);
  });

  it("allows the edits that keep the score", () => {
    expect(maxDistance(10, 70)).toBe(3);
    expect(maxDistance(14, 70)).toBe(4);
  });
});
