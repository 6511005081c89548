import { lengthClass } from "./bigram-postings";
import type { MemoryStore } from "./memory-store";
import { lengthBounds, maxDistance, similarityScore } from "./similarity-score";

// Fuzzy lookup of one memory key. A unit can only reach minScore if its length is within bounds and it
// shares enough of the query's distinct bigrams: each edit breaks at most two, so at least
// bigrams − 2·maxDistance. Hence every such unit has one of the (bigrams − least shared + 1) rarest
// bigrams: those lists are counted, the commonest are only looked up (binary search) for units found.
// The rest are ranked by Dice overlap and only the best VERIFY_LIMIT get an exact score. Only units
// sharing a bigram are candidates: from minScore 70 up that loses nothing (a pair sharing no bigram
// needs too many edits); below it, such pairs may be missed.

const VERIFY_LIMIT = 400;

/** Scratch counters by ordinal, reused across lookups (a lookup runs to its end before the next). */
let counts = new Int32Array(1024);

/** Ordinal → score (≥ minScore) of the units whose source is like `key`. */
export function findFuzzyMatches(store: MemoryStore, key: string, minScore: number): Map<number, number> {
  const scores = new Map<number, number>();
  for (const ordinal of store.exact.get(key) ?? []) scores.set(ordinal, 100);
  if (minScore >= 100) return scores;
  const bigrams = store.bigrams.bigramsOf(key);
  if (bigrams.length === 0) return scores;
  if (counts.length < store.units.length) counts = new Int32Array(Math.max(store.units.length, counts.length * 2));
  const { min, max } = lengthBounds(key.length, minScore);
  const byBigram = bigrams
    .map((bigram) => {
      const lists = store.bigrams.listsOf(bigram, lengthClass(min), lengthClass(max));
      return { bigram, lists, size: lists.reduce((n, list) => n + list.length - 1, 0) };
    })
    .sort((a, b) => a.size - b.size);
  const leastShared = Math.max(1, bigrams.length - 2 * maxDistance(Math.max(max, key.length), minScore));
  const counted = bigrams.length - leastShared + 1;
  const touched: number[] = [];
  for (const { lists } of byBigram.slice(0, counted)) {
    for (const list of lists) {
      // list[0] is the length class.
      for (let i = 1; i < list.length; i++) if (counts[list[i]]++ === 0) touched.push(list[i]);
    }
  }
  const common = byBigram.slice(counted).map(({ bigram }) => bigram);
  const candidates: { ordinal: number; dice: number }[] = [];
  for (const ordinal of touched) {
    let shared = counts[ordinal];
    counts[ordinal] = 0;
    const length = store.lengths[ordinal]; // −1 for a removed unit
    if (length < min || length > max || scores.has(ordinal)) continue;
    const needed = bigrams.length - 2 * maxDistance(Math.max(length, key.length), minScore);
    if (shared + common.length < needed) continue;
    const lengthClassOf = lengthClass(length);
    for (const bigram of common) if (store.bigrams.has(bigram, lengthClassOf, ordinal)) shared++;
    if (shared < needed) continue;
    candidates.push({ ordinal, dice: (2 * shared) / (bigrams.length + store.bigramCounts[ordinal]) });
  }
  if (candidates.length > VERIFY_LIMIT) candidates.sort((a, b) => b.dice - a.dice).length = VERIFY_LIMIT;
  for (const { ordinal } of candidates) {
    const score = similarityScore(key, store.keys[ordinal]);
    if (score >= minScore) scores.set(ordinal, score);
  }
  return scores;
}
