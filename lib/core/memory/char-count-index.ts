import type { MemoryStore } from "./memory-store";
import { lengthBounds, maxDistance, similarityScore } from "./similarity-score";

// The exact best score of a key against every unit, for the match analysis (issue 18), whose lowest
// band starts at 50. Bigrams prove nothing there (acac and abab share none yet score 50); characters
// do. Take a key's UTF-16 units as tokens (unit, k-th occurrence); if c are shared, an alignment
// matches at most c pairs, so distance ≥ L − c (L the longer length), and a unit reaches minScore only
// if c ≥ need := L − maxDistance(L, minScore). Every such unit thus holds one of the key's k − need + 1
// rarest tokens. Units are kept sorted by length; each length walks that many of the rarest lists (and
// a few more, as many as a cost estimate finds worth it: extraLists), so a list is walked over a prefix
// of the lengths in bounds (longer units need more tokens, so fewer lists). A unit is counted down from
// what it must have in those lists and survives when it reaches 0; survivors are checked against the
// commoner tokens (bitsets) and dropped once need is out of reach, and the few left are scored with
// Levenshtein.
// Measured (10,000 ¶ against 100,000 pairs, `npm run bench -- analysis`): the bigram lookup took 55 s.
// CPU time of building this index and querying it, against the layout before it (every list walked over
// all lengths in bounds, then a scan of them all for survivors): 5.4 s → 1.25 s on text with modern
// Chinese character frequencies, 5.8 s → 3.4 s on the worst case, a memory of 263 characters where
// every list is long. (Six extra lists for every key instead of the estimate: 1.4 s and 3.9 s.) The
// index is built in about 0.2 s, on the first bestScore after a change.

/** Tokens in at least this share of units get a bitset, so that a survivor is checked in O(1). */
const BITSET_SHARE = 1 / 64;
/** The most lists walked beyond the fewest that find every unit able to reach the score. */
const MAX_EXTRA_LISTS = 12;
/** Checking a survivor against a list, in walked postings. */
const SIFT_COST = 1;
/** Occurrences of a character looked up in a flat table (1 MB); the rare later ones in a map. */
const FIRST_OCCURRENCES = 4;

export class CharCountIndex {
  /** Unit positions in order of key length; ordinals[position] is the store's ordinal. */
  private readonly ordinals: Int32Array;
  private readonly lengths: Int32Array;
  /** firstOfLength[L]: the first position whose key is at least L long. */
  private readonly firstOfLength: Int32Array;
  /** Token ids of the first FIRST_OCCURRENCES occurrences of each UTF-16 unit (−1: none); later ones in laterIds. */
  private readonly firstIds = new Int32Array(FIRST_OCCURRENCES << 16).fill(-1);
  private readonly laterIds = new Map<number, number>();
  private tokenCount = 0;
  /** Scratch: occurrences of each UTF-16 unit in the key being read. */
  private readonly occurrences = new Int32Array(65536);
  /** Positions of each token's units, ascending: postings[offsets[t] … offsets[t + 1]). */
  private readonly offsets: Int32Array;
  private readonly postings: Int32Array;
  /** Bitset row of a common token (−1 for others); rows are `words` long. */
  private readonly bitsetRow: Int32Array;
  private readonly bitsets: Uint32Array;
  private readonly words: number;
  /** Tokens still lacking, by position (see best); 16 bits unless a key is longer than that. */
  private readonly missing: Int16Array | Int32Array;
  private readonly alive: Int32Array;
  private readonly need: Int32Array;
  private readonly walkedFor: Int32Array;

  constructor(private readonly store: MemoryStore) {
    const live: number[] = [];
    for (let ordinal = 0; ordinal < store.units.length; ordinal++) if (store.units[ordinal]) live.push(ordinal);
    live.sort((a, b) => store.lengths[a] - store.lengths[b] || a - b);
    this.ordinals = Int32Array.from(live);
    this.lengths = Int32Array.from(live, (ordinal) => store.lengths[ordinal]);
    const longest = live.length > 0 ? this.lengths[live.length - 1] : 0;
    this.firstOfLength = new Int32Array(longest + 2);
    for (let length = 0, position = 0; length <= longest + 1; length++) {
      while (position < live.length && this.lengths[position] < length) position++;
      this.firstOfLength[length] = position;
    }
    // Token ids of every unit in one array, their counts, then the lists.
    let total = 0;
    for (const ordinal of live) total += store.lengths[ordinal];
    const unitTokens = new Int32Array(total);
    const unitStarts = new Int32Array(live.length + 1);
    for (let position = 0; position < live.length; position++) {
      unitStarts[position + 1] = unitStarts[position] + this.tokensOf(store.keys[live[position]], true, unitTokens, unitStarts[position]);
    }
    const tokens = this.tokenCount;
    const tokenCounts = new Int32Array(tokens);
    for (const token of unitTokens) tokenCounts[token]++;
    this.offsets = new Int32Array(tokens + 1);
    for (let t = 0; t < tokens; t++) this.offsets[t + 1] = this.offsets[t] + tokenCounts[t];
    this.postings = new Int32Array(total);
    const fill = this.offsets.slice(0, tokens);
    for (let position = 0; position < live.length; position++) {
      for (let i = unitStarts[position]; i < unitStarts[position + 1]; i++) this.postings[fill[unitTokens[i]]++] = position;
    }
    this.words = (live.length + 31) >>> 5;
    this.bitsetRow = new Int32Array(tokens).fill(-1);
    const common: number[] = [];
    for (let t = 0; t < tokens; t++) if (tokenCounts[t] >= Math.max(64, live.length * BITSET_SHARE)) this.bitsetRow[t] = common.push(t) - 1;
    this.bitsets = new Uint32Array(common.length * this.words);
    common.forEach((t, row) => {
      for (let i = this.offsets[t]; i < this.offsets[t + 1]; i++) {
        const position = this.postings[i];
        this.bitsets[row * this.words + (position >>> 5)] |= 1 << (position & 31);
      }
    });
    this.missing = longest < 16384 ? new Int16Array(live.length) : new Int32Array(live.length);
    this.alive = new Int32Array(live.length);
    this.need = new Int32Array(longest + 2);
    this.walkedFor = new Int32Array(longest + 2);
  }

  /**
   * Writes the token ids of a key (each UTF-16 unit with its occurrence number) into `into` from `at`
   * and returns how many; unknown tokens are left out unless `add`.
   */
  private tokensOf(key: string, add: boolean, into: Int32Array, at: number): number {
    const { occurrences, firstIds } = this;
    let count = 0;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      const occurrence = ++occurrences[unit];
      const slot = occurrence <= FIRST_OCCURRENCES ? ((occurrence - 1) << 16) | unit : -1;
      let id = slot >= 0 ? firstIds[slot] : (this.laterIds.get(occurrence * 65536 + unit) ?? -1);
      if (id < 0) {
        if (!add) continue;
        id = this.tokenCount++;
        if (slot >= 0) firstIds[slot] = id;
        else this.laterIds.set(occurrence * 65536 + unit, id);
      }
      into[at + count++] = id;
    }
    for (let i = 0; i < key.length; i++) occurrences[key.charCodeAt(i)] = 0;
    return count;
  }

  /** The first index of the sorted `postings[from…to)` holding a position ≥ `position`. */
  private lowerBound(from: number, to: number, position: number): number {
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.postings[mid] < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The best score ≥ `minScore` (1–100) of `key` against the units that `isCounted` (by ordinal); 0 when none. */
  best(key: string, minScore: number, isCounted: (ordinal: number) => boolean): number {
    const n = key.length;
    const longest = this.firstOfLength.length - 2;
    const bounds = lengthBounds(n, minScore);
    const min = Math.min(bounds.min, longest + 1);
    // Tokens no unit has can never be shared, so a unit needing more than the k known is out of reach.
    const known = new Int32Array(n);
    const k = this.tokensOf(key, false, known, 0);
    const needOf = (length: number) => Math.max(n, length) - maxDistance(Math.max(n, length), minScore);
    let max = Math.min(bounds.max, longest);
    while (max >= min && needOf(max) > k) max--;
    const from = this.firstOfLength[min];
    const to = this.firstOfLength[max + 1];
    if (max < min || from >= to) return 0;
    // Each token's list within the lengths in bounds, rarest first.
    const lists = Array.from(known.subarray(0, k))
      .map((t) => {
        const stop = this.lowerBound(this.offsets[t], this.offsets[t + 1], to);
        return { t, start: this.lowerBound(this.offsets[t], stop, from), stop };
      })
      .sort((a, b) => a.stop - a.start - (b.stop - b.start) || a.t - b.t);
    // Per length m: the shared tokens a unit needs, and how many of the rarest lists are walked for it.
    // A unit needing `need` has one of the k − need + 1 rarest tokens; `extra` more leave as survivors
    // only the units with more than `extra` of them. Longer units need more, so fewer lists.
    const { need, walkedFor } = this;
    const extra = extraLists(lists.map((list) => list.stop - list.start), k - (n - maxDistance(n, minScore)) + 1, to - from);
    for (let length = min; length <= max; length++) {
      need[length] = needOf(length);
      walkedFor[length] = Math.min(k, k - need[length] + 1 + extra);
    }
    const { missing, lengths, postings, alive, firstOfLength } = this;
    // missing[position]: the shared tokens its unit still lacks, counting the unwalked lists as shared.
    // A unit of length m walking w lists reaches its need only if it has need − (k − w) of them (≥ 1).
    for (let length = min; length <= max; length++) missing.fill(need[length] - k + walkedFor[length], firstOfLength[length], firstOfLength[length + 1]);
    // List j is walked over the lengths whose units walk it (a prefix of the lengths, as need grows).
    // The units that come to lack nothing survive, each once.
    const cut = new Int32Array(k);
    let aliveCount = 0;
    for (let j = 0, length = max; j < k; j++) {
      while (length >= min && walkedFor[length] <= j) length--;
      const { start, stop } = lists[j];
      cut[j] = length < min ? start : this.lowerBound(start, stop, firstOfLength[length + 1]);
      for (let i = start, end = cut[j]; i < end; i++) {
        const position = postings[i];
        if (--missing[position] === 0) alive[aliveCount++] = position;
      }
    }
    // The other lists, for the survivors that did not walk them: each list a survivor lacks costs a
    // token it was counted as having; one that lacks more than it had to spare is out.
    for (let j = walkedFor[max]; j < k && aliveCount > 0; j++) {
      const { t, stop } = lists[j];
      const row = this.bitsetRow[t];
      const isWalked = row < 0 || aliveCount >= stop - cut[j];
      // Units outside the survivors are counted too, harmlessly: they are never read again.
      if (isWalked) for (let i = cut[j]; i < stop; i++) missing[postings[i]]--;
      const base = row * this.words;
      let kept = 0;
      for (let a = 0; a < aliveCount; a++) {
        const position = alive[a];
        if (j >= walkedFor[lengths[position]]) {
          missing[position] += isWalked ? 1 : 1 - ((this.bitsets[base + (position >>> 5)] >>> (position & 31)) & 1);
          if (missing[position] > 0) continue;
        }
        alive[kept++] = position;
      }
      aliveCount = kept;
    }
    let best = 0;
    for (let a = 0; a < aliveCount; a++) {
      const ordinal = this.ordinals[alive[a]];
      if (!isCounted(ordinal)) continue;
      const score = similarityScore(key, this.store.keys[ordinal]);
      if (score >= minScore && score > best) best = score;
    }
    return best;
  }
}

/** P(X ≥ at least) for X Poisson with the given mean. */
function poissonTail(mean: number, atLeast: number): number {
  let term = Math.exp(-mean);
  let below = 0;
  for (let i = 0; i < atLeast; i++) {
    below += term;
    term *= mean / (i + 1);
  }
  return Math.max(0, 1 - below);
}

/**
 * How many lists to walk beyond the `prefix` rarest (of `sizes`, ascending, over `range` units): each
 * costs its postings, and leaves fewer survivors to check against the lists not walked. Survivors are
 * estimated as units whose hits in the walked lists, taken as Poisson, exceed the extra lists.
 */
function extraLists(sizes: readonly number[], prefix: number, range: number): number {
  let walked = 0;
  for (let j = 0; j < prefix && j < sizes.length; j++) walked += sizes[j];
  let best = { cost: Infinity, extra: 0 };
  for (let extra = 1; extra <= MAX_EXTRA_LISTS && prefix + extra <= sizes.length; extra++) {
    walked += sizes[prefix + extra - 1];
    const survivors = range * poissonTail(walked / range, extra + 1);
    const cost = walked + SIFT_COST * survivors * (sizes.length - prefix - extra);
    if (cost < best.cost) best = { cost, extra };
  }
  return best.extra;
}
