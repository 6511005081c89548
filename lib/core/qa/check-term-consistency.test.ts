import { describe, expect, it } from "vitest";
import { checkTermConsistency, type CheckedTerm } from "./check-term-consistency";
import { hasEnglishTerm, stemWord } from "./has-english-term";

describe("hasEnglishTerm", () => {
  it.each([
    ["Urban Management officers arrived", "urban management", true],
    ["the urban managements", "urban management", true],
    ["two towns were planned", "city", false],
    ["two cities", "city", true],
    ["the officer's car", "officer", true],
    ["he was managing the urban area", "urban management", false],
    ["planning and planned", "plan", true],
    ["managed by the bureau", "manage", true],
    ["the bureaus", "bureau", true],
    ["the class", "clas", false],
    ["", "urban management", false],
    ["anything", "", true],
  ])("%j contains %j: %s", (text, phrase, expected) => {
    expect(hasEnglishTerm(text, phrase)).toBe(expected);
  });

  it("stems inflections to one form", () => {
    expect(new Set(["manage", "manages", "managed", "managing"].map(stemWord)).size).toBe(1);
    expect(new Set(["city", "cities"].map(stemWord)).size).toBe(1);
  });
});

const term = (id: number, source: string, target: string, usage: CheckedTerm["usage"] = "preferred"): CheckedTerm => ({ id, source, target, usage });

describe("checkTermConsistency", () => {
  it("warns when the preferred English is missing", () => {
    expect(checkTermConsistency([term(1, "城管", "urban management")], "The chengguan came.")).toEqual([{ termId: 1, kind: "missing" }]);
  });

  it("accepts the English in another case and inflection", () => {
    expect(checkTermConsistency([term(1, "城管", "urban management")], "Urban Managements came.")).toEqual([]);
  });

  it("warns on a forbidden rendering even with the preferred one present", () => {
    const found = [term(1, "城管", "urban management"), term(2, "城管", "city police", "forbidden")];
    expect(checkTermConsistency(found, "Urban management, the city police.")).toEqual([{ termId: 2, kind: "forbidden" }]);
  });

  it("accepts any of several preferred renderings", () => {
    const found = [term(1, "城管", "urban management"), term(2, "城管", "chengguan")];
    expect(checkTermConsistency(found, "The chengguan came.")).toEqual([]);
  });

  it("does not check an untranslated paragraph", () => {
    expect(checkTermConsistency([term(1, "城管", "urban management")], "  ")).toEqual([]);
  });
});
