import { describe, expect, it } from "vitest";
import { diffRevisionText, tokenizeForDiff, type RevisionDiffPart } from "./diff-revision-text";

const join = (parts: RevisionDiffPart[], without: RevisionDiffPart["kind"]) =>
  parts.filter((p) => p.kind !== without).map((p) => p.text).join("");

describe("tokenizeForDiff", () => {
  it.each([
    ["The city's walls", ["The", " ", "city's", " ", "walls"]],
    ["well-known, 2026.", ["well-known", ",", " ", "2026", "."]],
    ["城管執法", ["城", "管", "執", "法"]],
    ["Suizhou 隨州 city", ["Suizhou", " ", "隨", "州", " ", "city"]],
    ["", []],
  ])("%j", (text, tokens) => {
    expect(tokenizeForDiff(text)).toEqual(tokens);
  });
});

describe("diffRevisionText", () => {
  it.each<[string, string, RevisionDiffPart[]]>([
    [
      "The old city walls.",
      "The ancient city walls fell.",
      [
        { kind: "same", text: "The " },
        { kind: "deleted", text: "old" },
        { kind: "inserted", text: "ancient" },
        { kind: "same", text: " city walls" },
        { kind: "inserted", text: " fell" },
        { kind: "same", text: "." },
      ],
    ],
    // Whole words change, never parts of them.
    ["translate", "translation", [{ kind: "deleted", text: "translate" }, { kind: "inserted", text: "translation" }]],
    // A space between two changes joins them: one deletion, one insertion.
    [
      "a b c end",
      "x y z end",
      [
        { kind: "deleted", text: "a b c" },
        { kind: "inserted", text: "x y z" },
        { kind: "same", text: " end" },
      ],
    ],
    // CJK by character.
    ["城管執法", "城管部門執法", [{ kind: "same", text: "城管" }, { kind: "inserted", text: "部門" }, { kind: "same", text: "執法" }]],
    ["", "New text", [{ kind: "inserted", text: "New text" }]],
    ["Old text", "", [{ kind: "deleted", text: "Old text" }]],
  ])("%j → %j", (before, after, parts) => {
    expect(diffRevisionText(before, after)).toEqual(parts);
  });

  it("marks nothing when the texts are equal", () => {
    expect(diffRevisionText("Same words.", "Same words.")).toEqual([{ kind: "same", text: "Same words." }]);
  });

  it("joins back to both texts", () => {
    const before = "The city management (城管) enforced the law.";
    const after = "Urban management officers (城管執法) enforce laws, it said.";
    const parts = diffRevisionText(before, after);
    expect(join(parts, "inserted")).toBe(before);
    expect(join(parts, "deleted")).toBe(after);
  });
});
