import { describe, expect, it } from "vitest";
import { condenseDiff } from "./condense-diff";
import { diffRevisionText } from "./diff-revision-text";

const show = (before: string, after: string, context?: number) =>
  condenseDiff(diffRevisionText(before, after), context)
    .map((p) => (p.kind === "same" ? p.text : p.kind === "deleted" ? `[-${p.text}]` : `[+${p.text}]`))
    .join("");

describe("condenseDiff", () => {
  it.each<[string, string, string, number?]>([
    // Short unchanged runs stay whole.
    ["The old city walls.", "The ancient city walls fell.", "The [-old][+ancient] city walls[+ fell]."],
    // Long ones keep the words next to each change.
    [
      "One two three four five six seven old eight nine ten eleven twelve thirteen.",
      "One two three four five six seven new eight nine ten eleven twelve thirteen.",
      "…five six seven [-old][+new] eight nine ten…",
    ],
    // Between two changes far apart: both contexts and an ellipsis.
    [
      "a b c d e f g h i j k l",
      "A b c d e f g h i j k L",
      "[-a][+A] b c…j k [-l][+L]",
      4,
    ],
    // CJK by character.
    ["一二三四五六七八九十", "一二三四五六七八九十百", "…五六七八九十[+百]"],
  ])("%s → %s", (before, after, shown, context) => {
    expect(show(before, after, context)).toBe(shown);
  });

  it("leaves a diff without unchanged text as it is", () => {
    expect(condenseDiff(diffRevisionText("", "New"))).toEqual([{ kind: "inserted", text: "New" }]);
  });
});
