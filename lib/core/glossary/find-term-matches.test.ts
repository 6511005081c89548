import { beforeAll, describe, expect, it } from "vitest";
import { mappedString } from "../convert/mapped-text";
import { loadMatchKey, type MatchKey } from "../convert/match-key";
import { sliceCodePoints } from "../text/code-points";
import { buildTermIndex, findTermMatches } from "./find-term-matches";

let toKey: MatchKey;
beforeAll(async () => {
  toKey = await loadMatchKey();
});

const terms = (sources: string[]) => sources.map((source, i) => ({ id: i + 1, key: mappedString(toKey(source)) }));
const found = (sources: string[], text: string) =>
  findTermMatches(buildTermIndex(terms(sources)), toKey(text)).map((m) => [m.termId, sliceCodePoints(text, m.start, m.end)]);

describe("findTermMatches", () => {
  it("matches a Simplified term in Traditional text and the reverse", () => {
    expect(found(["城管执法"], "隨州市城管執法委")).toEqual([[1, "城管執法"]]);
    expect(found(["城管執法"], "随州市城管执法委")).toEqual([[1, "城管执法"]]);
  });

  it("prefers the longest term", () => {
    expect(found(["城管", "城管执法"], "城管執法委，城管")).toEqual([
      [2, "城管執法"],
      [1, "城管"],
    ]);
  });

  it("keeps offsets in code points past characters outside the BMP", () => {
    const text = "𠀀𪚥城管𠀀";
    const [match] = findTermMatches(buildTermIndex(terms(["城管"])), toKey(text));
    expect([match.start, match.end]).toEqual([2, 4]);
  });

  it("folds full-width Latin and case", () => {
    expect(found(["APP"], "下载ａｐｐ")).toEqual([[1, "ａｐｐ"]]);
  });

  it("finds nothing in a text without terms", () => {
    expect(found(["城管"], "今天天气很好")).toEqual([]);
  });
});
