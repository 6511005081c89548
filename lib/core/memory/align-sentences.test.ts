import { describe, expect, it } from "vitest";
import { alignSentences } from "./align-sentences";

const texts = (pairs: ReturnType<typeof alignSentences>) => pairs.map((pair) => [pair.source.text, pair.target.text]);

describe("alignSentences", () => {
  it("pairs sentences in order when the counts agree", () => {
    expect(texts(alignSentences("今天下雨。我们在家。", "It rained today. We stayed home."))).toEqual([
      ["今天下雨。", "It rained today."],
      ["我们在家。", "We stayed home."],
    ]);
  });

  it("falls back to the whole paragraph when the counts differ", () => {
    const pairs = alignSentences(" 今天下雨，我们在家。明天出门。", "It rained today, so we stayed home and will go out tomorrow. ");
    expect(texts(pairs)).toEqual([["今天下雨，我们在家。明天出门。", "It rained today, so we stayed home and will go out tomorrow."]]);
    expect(pairs[0].source).toMatchObject({ start: 1, end: 16 });
  });

  it("gives one pair for a one-sentence paragraph", () => {
    expect(texts(alignSentences("你好。", "Hello."))).toEqual([["你好。", "Hello."]]);
  });

  it("gives nothing when either side is blank", () => {
    expect(alignSentences("你好。", "  ")).toEqual([]);
    expect(alignSentences("", "Hello.")).toEqual([]);
  });
});
