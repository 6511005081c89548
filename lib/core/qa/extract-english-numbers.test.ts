import { describe, expect, it } from "vitest";
import { extractEnglishNumbers } from "./extract-english-numbers";

const values = (text: string) => extractEnglishNumbers(text).map((m) => ({ value: m.value, kind: m.kind, approx: m.approx, optional: m.optional }));
const plain = (value: number, more: Partial<{ kind: string; approx: boolean; optional: boolean }> = {}) => ({ value, kind: "cardinal", approx: false, optional: false, ...more });

describe("extractEnglishNumbers", () => {
  it.each([
    ["thousands separators", "1,170 people", [plain(1170)]],
    ["a decimal", "1.56 MB", [plain(1.56)]],
    ["a scale word", "8 million square metres", [plain(8_000_000)]],
    ["a decimal with a scale", "1.5 billion yuan", [plain(1_500_000_000)]],
    ["number words", "twelve stitches", [plain(12)]],
    ["hyphenated", "twenty-one officers", [plain(21)]],
    ["hundred and", "two hundred and five", [plain(205)]],
    ["words with a scale", "two million", [plain(2_000_000)]],
    ["a dozen", "a dozen tourists", [plain(12)]],
    ["a hundred", "a hundred people", [plain(100)]],
    ["an ordinal word", "the fourth round", [plain(4, { kind: "ordinal" })]],
    ["an ordinal in digits", "the 4th round", [plain(4, { kind: "ordinal" })]],
    ["a compound ordinal", "the twenty-first day", [plain(21, { kind: "ordinal" })]],
    ["percent sign", "30% of them", [plain(30, { kind: "percent" })]],
    ["per cent", "30 per cent and thirty percent", [plain(30, { kind: "percent" }), plain(30, { kind: "percent" })]],
    ["a range", "two or three hours, 2-3 hours", [plain(2), plain(3), plain(2), plain(3)]],
    ["more than", "more than 20,000 residents", [plain(20000, { approx: true })]],
    ["nearly", "nearly 8 million", [plain(8_000_000, { approx: true })]],
    ["or so", "200 or so workers", [plain(200, { approx: true })]],
    ["twice", "twice a day", [plain(2)]],
    ["one is optional", "one of them", [plain(1, { optional: true })]],
    ["first is optional", "the first batch", [plain(1, { kind: "ordinal", optional: true })]],
  ])("%s", (_, text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    ["a URL", "See http://www.example.com/news/2022/0415/123.html for more"],
    ["ids", "COVID-19, file a6d647f74c2e5a0b, IMG_2041"],
    ["a decade", "the 1990s"],
    ["list numbering", "1. Step up patrols"],
    ["words that only look like numbers", "someone, often, tone, a man, an hour, none"],
  ])("no number: %s", (_, text) => {
    expect(values(text).filter((m) => !m.optional)).toEqual([]);
  });
});
