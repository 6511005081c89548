import { describe, expect, it } from "vitest";
import { loadMatchKey } from "../convert/match-key";
import { cachedMemoryKey, emptyRepetitions } from "./repetitions";
import { originMatches, tmScoreOf } from "./batch-origins";

describe("emptyRepetitions", () => {
  it("finds the empty paragraphs with the same source in any script, width or spacing", async () => {
    const keyOf = cachedMemoryKey(await loadMatchKey());
    const confirmed = { id: 1, source: "城管来了：ＡＢＣ", target: "Here come the inspectors: ABC" };
    const paragraphs = [
      confirmed,
      { id: 2, source: "城管來了：abc", target: "" },
      { id: 3, source: "城管 来了：ABC", target: " " },
      { id: 4, source: "城管来了：ABC", target: "Translated already." },
      { id: 5, source: "城管走了：ABC", target: "" },
    ];
    expect(emptyRepetitions(confirmed, paragraphs, keyOf).map((p) => p.id)).toEqual([2, 3]);
  });
});

describe("batch origins", () => {
  it("reads a memory draft's score and tells origins apart", () => {
    expect(tmScoreOf("tm:87")).toBe(87);
    expect(tmScoreOf("mt:openai:gpt")).toBeNull();
    expect(originMatches("tm", "tm:87")).toBe(true);
    expect(originMatches("mt", "tm:87")).toBe(false);
    expect(originMatches("repetition", "repetition")).toBe(true);
    expect(originMatches("any", "")).toBe(true);
  });
});
