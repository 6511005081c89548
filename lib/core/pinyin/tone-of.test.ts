import { describe, expect, it } from "vitest";
import { toneOf } from "./tone-of";

describe("toneOf", () => {
  it("reads the tone from the mark, on any vowel, ü and capitals included; no mark is neutral", () => {
    expect(["mā", "má", "mǎ", "mà", "ma"].map(toneOf)).toEqual([1, 2, 3, 4, 5]);
    expect(["lǖ", "lǘ", "lǚ", "lǜ", "lü"].map(toneOf)).toEqual([1, 2, 3, 4, 5]);
    expect(["Ōu", "xiǒng", "guì", "ér"].map(toneOf)).toEqual([1, 3, 4, 2]);
    // A decomposed mark (a + combining caron) is the same syllable.
    expect(toneOf("ma\u030C")).toBe(3);
  });
});
