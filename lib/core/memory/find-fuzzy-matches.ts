import { bigramsOf } from "./memory-keys";
import type { MemoryStore } from "./memory-store";
import { lengthBounds, maxDistance, similarityScore } from "./similarity-score";

// Fuzzy lookup of one memory key: count the bigrams each unit shares with the query through the
// inverted lists, drop units that cannot reach minScore (by length, and by the shared bigrams a
// Levenshtein distance leaves: each edit breaks at most two bigrams of the query), rank the rest by
// Dice overlap and compute the exact score only for the best VERIFY_LIMIT of them. Only units sharing
// a bigram are candidates: from minScore 70 up that loses nothing (a pair sharing no bigram needs too
// many edits); below it, such pairs may be missed.

const VERIFY_LIMIT = 400;

/** Scratch counters by ordinal, reused across lookups (a lookup runs to its end before the next). */
let counts = new Int32Array(1024);

/** Ordinal → score (≥ minScore) of the units whose source is like `key`. */
export function findFuzzyMatches(store: MemoryStore, key: string, minScore: number): Map<number, number> {
  const scores = new Map<number, number>();
  for (const ordinal of store.exact.get(key) ?? []) scores.set(ordinal, 100);
  if (minScore >= 100) return scores;
  const bigrams = bigramsOf(key);
  if (bigrams.length === 0) return scores;
  if (counts.length < store.units.length) counts = new Int32Array(Math.max(store.units.length, counts.length * 2));
  const touched: number[] = [];
  for (const bigram of bigrams) {
    for (const ordinal of store.bigrams.get(bigram) ?? []) {
      if (counts[ordinal]++ === 0) touched.push(ordinal);
    }
  }
  const { min, max } = lengthBounds(key.length, minScore);
  const candidates: { ordinal: number; dice: number }[] = [];
  for (const ordinal of touched) {
    const shared = counts[ordinal];
    counts[ordinal] = 0;
    const length = store.keys[ordinal].length;
    if (length < min || length > max || scores.has(ordinal) || !store.units[ordinal]) continue;
    if (shared < bigrams.length - 2 * maxDistance(Math.max(length, key.length), minScore)) continue;
    candidates.push({ ordinal, dice: (2 * shared) / (bigrams.length + store.bigramCounts[ordinal]) });
  }
  if (candidates.length > VERIFY_LIMIT) candidates.sort((a, b) => b.dice - a.dice).length = VERIFY_LIMIT;
  for (const { ordinal } of candidates) {
    const score = similarityScore(key, store.keys[ordinal]);
    if (score >= minScore) scores.set(ordinal, score);
  }
  return scores;
}
