import { beforeAll, describe, expect, it } from "vitest";
import { loadMatchKey, type MatchKey } from "../convert/match-key";
import { findFuzzyMatches } from "./find-fuzzy-matches";
import type { MemoryUnit } from "./memory-types";
import { MemoryStore } from "./memory-store";
import { similarityScore } from "./similarity-score";

let matchKey: MatchKey;
beforeAll(async () => {
  matchKey = await loadMatchKey();
});

// Deterministic pseudo-random texts over a small alphabet, so that many pairs are near each other.
function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}
const ALPHABET = "的一是在不了有和人这中大为上个";

function variant(random: () => number, base: string): string {
  const chars = [...base];
  for (let edits = Math.floor(random() * 5); edits > 0; edits--) {
    const at = Math.floor(random() * (chars.length + 1));
    const char = ALPHABET[Math.floor(random() * ALPHABET.length)];
    const kind = random();
    if (kind < 0.4) chars[at] = char;
    else if (kind < 0.7) chars.splice(at, 0, char);
    else chars.splice(at, 1);
  }
  return chars.join("");
}

describe("findFuzzyMatches", () => {
  // From 70 up nothing is lost: a pair sharing no bigram cannot score 70. Lower scores may miss such pairs.
  it("finds exactly what comparing every unit finds, for scores from 70", () => {
    const random = lcg(7);
    const store = new MemoryStore(matchKey);
    const bases = Array.from({ length: 20 }, () =>
      Array.from({ length: 3 + Math.floor(random() * 20) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join(""),
    );
    const sources = Array.from({ length: 400 }, () => variant(random, bases[Math.floor(random() * bases.length)]));
    sources.forEach((source, i) => {
      const unit: MemoryUnit = { id: `${i}:p`, group: String(i), level: "paragraph", source, target: "x", origin: { kind: "tmx", memoryId: 1, memoryName: "m" } };
      store.add(String(i), [unit]);
    });
    store.remove("3");
    for (let q = 0; q < 60; q++) {
      const query = variant(random, bases[q % bases.length]);
      for (const minScore of [70, 80, 90]) {
        const expected = new Map<number, number>();
        store.keys.forEach((key, ordinal) => {
          const score = similarityScore(query, key);
          if (store.units[ordinal] && score >= minScore) expected.set(ordinal, score);
        });
        expect(new Map([...findFuzzyMatches(store, query, minScore)].sort((a, b) => a[0] - b[0]))).toEqual(expected);
      }
    }
  });
});
