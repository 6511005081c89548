import { describe, expect, it } from "vitest";
import { statusAfterEdit } from "./status";

describe("statusAfterEdit", () => {
  it.each([
    ["untranslated", "Hello", "draft"],
    ["draft", "Hello", "draft"],
    ["translated", "Hello again", "translated"],
    ["reviewed", "  ", "untranslated"],
    ["reviewed", "Changed after review", "translated"],
    ["draft", "", "untranslated"],
  ] as const)("%s + %j → %s", (current, target, expected) => {
    expect(statusAfterEdit(current, target)).toBe(expected);
  });
});
