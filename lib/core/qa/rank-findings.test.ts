import { describe, expect, it } from "vitest";
import { QA_FINDING_CODES } from "./finding-codes";
import { findingRank, rankFindings } from "./rank-findings";

const f = (code: string, key = code) => ({ check: code.split(".")[0], code, key });

describe("rankFindings", () => {
  it.each([
    ["a missing inline tag before a punctuation nit", ["punctuation.fullwidth", "tags.missing"], ["tags.missing", "punctuation.fullwidth"]],
    ["a number mismatch before an unbalanced bracket", ["punctuation.unbalanced", "numbers.mismatch"], ["numbers.mismatch", "punctuation.unbalanced"]],
    ["a forbidden term before length", ["length.long", "glossary.forbidden"], ["glossary.forbidden", "length.long"]],
    ["an ignored glossary term before consistency", ["consistency.targetReused", "glossary.missing"], ["glossary.missing", "consistency.targetReused"]],
    ["a lost tag before a wrong number", ["numbers.missing", "tags.missing"], ["tags.missing", "numbers.missing"]],
    ["already in order stays", ["numbers.missing", "punctuation.fullwidth"], ["numbers.missing", "punctuation.fullwidth"]],
  ])("%s", (_, codes, expected) => {
    expect(rankFindings(codes.map((code) => f(code))).map((x) => x.code)).toEqual(expected);
  });

  it("keeps the order of findings of equal rank", () => {
    const found = [f("numbers.missing", "a"), f("punctuation.fullwidth", "p"), f("numbers.missing", "b")];
    expect(rankFindings(found).map((x) => x.key)).toEqual(["a", "b", "p"]);
  });

  it("puts codes it does not know last, and does not change its input", () => {
    const found = [f("other.code"), f("punctuation.fullwidth")];
    expect(rankFindings(found).map((x) => x.code)).toEqual(["punctuation.fullwidth", "other.code"]);
    expect(found[0].code).toBe("other.code");
  });

  it("ranks every finding code", () => {
    const ranks = QA_FINDING_CODES.map(findingRank);
    expect(new Set(ranks).size).toBe(QA_FINDING_CODES.length);
    expect(Math.max(...ranks)).toBe(QA_FINDING_CODES.length - 1);
  });
});
