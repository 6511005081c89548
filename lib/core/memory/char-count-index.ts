import type { MemoryStore } from "./memory-store";
import { lengthBounds, maxDistance, similarityScore } from "./similarity-score";

// The exact best score of a key against every unit, for the match analysis (issue 18), whose lowest
// band starts at 50. Bigrams prove nothing there (acac and abab share none yet score 50), so the bigram
// lookup had to count every list and score the 400 likeliest: 55 s for 10,000 ¶ against 100,000 pairs
// (`npm run bench -- analysis`), and it missed matches sharing no bigram. Characters do prove it. Take
// a key's UTF-16 units as tokens (unit, k-th occurrence); if c are shared, an alignment matches at most
// c pairs, so distance ≥ L − c (L the longer length), and a unit reaches minScore only if c ≥ need :=
// L − maxDistance(L, minScore). Every such unit thus holds one of the key's k − need + 1 rarest tokens:
// those lists (and EXTRA_LISTS more) are walked over the units of lengths in bounds (sorted by length),
// the survivors are checked against the commoner tokens one by one and dropped once need is out of
// reach, and the few left (about 2 of 65,000 in bounds on the bench) are scored with Levenshtein.
// Measured: the bench 55 s → 6.6 s (before on an idle machine, after at load 5), CPU time in one
// process 67 s → 5.2 s; same bands except one segment the bigrams missed. The index is built in 0.4–1 s
// on the first bestScore after a change and takes 19 MB at 100,000 pairs. Issue 18's 2 s is not met: the
// synthetic memory has only 263 distinct characters, so even the rarest lists are long, and walking them
// (about 100,000 postings a segment) is the cost.

/** Tokens in at least this share of units get a bitset, so that a survivor is checked in O(1). */
const BITSET_SHARE = 1 / 64;
/** Lists walked beyond the fewest that find every unit able to reach the score (4, 8 and half as many measured; 8 best). */
const EXTRA_LISTS = 8;

export class CharCountIndex {
  /** Unit positions in order of key length; ordinals[position] is the store's ordinal. */
  private readonly ordinals: Int32Array;
  private readonly lengths: Int32Array;
  /** firstOfLength[L]: the first position whose key is at least L long. */
  private readonly firstOfLength: Int32Array;
  private readonly tokenIds = new Map<number, number>();
  /** Positions of each token's units, ascending: postings[offsets[t] … offsets[t + 1]). */
  private readonly offsets: Int32Array;
  private readonly postings: Int32Array;
  /** Bitset row of a common token (−1 for others); rows are `words` long. */
  private readonly bitsetRow: Int32Array;
  private readonly bitsets: Uint32Array;
  private readonly words: number;
  /** Shared tokens by position; 16 bits unless a key is longer than that. */
  private readonly hits: Uint16Array | Int32Array;
  private readonly alive: Int32Array;
  private readonly need: Int32Array;

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
    // Two passes: token ids and their counts, then the lists.
    const unitTokens: number[] = [];
    const tokenCounts: number[] = [];
    const unitStarts = new Int32Array(live.length + 1);
    for (let position = 0; position < live.length; position++) {
      unitStarts[position] = unitTokens.length;
      for (const token of this.tokensOf(store.keys[live[position]], true)) {
        unitTokens.push(token);
        tokenCounts[token] = (tokenCounts[token] ?? 0) + 1;
      }
    }
    unitStarts[live.length] = unitTokens.length;
    const tokens = this.tokenIds.size;
    this.offsets = new Int32Array(tokens + 1);
    for (let t = 0; t < tokens; t++) this.offsets[t + 1] = this.offsets[t] + tokenCounts[t];
    this.postings = new Int32Array(unitTokens.length);
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
    this.hits = longest < 65536 ? new Uint16Array(live.length) : new Int32Array(live.length);
    this.alive = new Int32Array(live.length);
    this.need = new Int32Array(longest + 2);
  }

  /** Token ids of a key: each UTF-16 unit with its occurrence number. Unknown tokens are left out unless `add`. */
  private tokensOf(key: string, add: boolean): number[] {
    const seen = new Map<number, number>();
    const tokens: number[] = [];
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      const occurrence = (seen.get(unit) ?? 0) + 1;
      seen.set(unit, occurrence);
      const name = occurrence * 65536 + unit;
      let id = this.tokenIds.get(name);
      if (id === undefined) {
        if (!add) continue;
        this.tokenIds.set(name, (id = this.tokenIds.size));
      }
      tokens.push(id);
    }
    return tokens;
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
    const max = Math.min(bounds.max, longest);
    const from = this.firstOfLength[min];
    const to = this.firstOfLength[max + 1];
    const least = n - maxDistance(n, minScore);
    // Tokens no unit has can never be shared.
    const known = this.tokensOf(key, false);
    if (from >= to || known.length < least) return 0;
    const need = this.need;
    for (let length = min; length <= max; length++) {
      const longer = Math.max(n, length);
      need[length] = longer - maxDistance(longer, minScore);
    }
    // Each token's list within the lengths in bounds, rarest first.
    const lists = known
      .map((t) => {
        const stop = this.lowerBound(this.offsets[t], this.offsets[t + 1], to);
        return { t, start: this.lowerBound(this.offsets[t], stop, from), stop };
      })
      .sort((a, b) => a.stop - a.start - (b.stop - b.start) || a.t - b.t);
    const k = lists.length;
    const { hits, lengths, postings, alive } = this;
    // A unit reaching its need has one of the k − least + 1 rarest tokens; walking EXTRA_LISTS more
    // leaves as survivors only the units with more than EXTRA_LISTS of them, far fewer.
    const walked = Math.min(k, k - least + 1 + EXTRA_LISTS);
    for (let j = 0; j < walked; j++) {
      for (let i = lists[j].start, stop = lists[j].stop; i < stop; i++) hits[postings[i]]++;
    }
    let left = k - walked;
    let aliveCount = 0;
    for (let position = from; position < to; position++) {
      if (hits[position] > 0 && hits[position] + left >= need[lengths[position]]) alive[aliveCount++] = position;
    }
    for (let j = walked; j < k && aliveCount > 0; j++) {
      const { t, start, stop } = lists[j];
      const row = this.bitsetRow[t];
      if (row >= 0 && aliveCount < stop - start) {
        const base = row * this.words;
        for (let a = 0; a < aliveCount; a++) {
          const position = alive[a];
          hits[position] += (this.bitsets[base + (position >>> 5)] >>> (position & 31)) & 1;
        }
      } else {
        // Counting a unit already sifted out is harmless (only survivors are read); one never touched stays out.
        for (let i = start; i < stop; i++) {
          const position = postings[i];
          if (hits[position] > 0) hits[position]++;
        }
      }
      left--;
      let kept = 0;
      for (let a = 0; a < aliveCount; a++) {
        const position = alive[a];
        if (hits[position] + left >= need[lengths[position]]) alive[kept++] = position;
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
    hits.fill(0, from, to);
    return best;
  }
}
