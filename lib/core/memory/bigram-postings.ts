// The character-bigram inverted lists of the memory index. Each bigram's units are kept in separate
// lists by length class (classes grow by √2), so a lookup reads only the units whose length can reach
// its score, and a paragraph-long query does not walk every sentence sharing a common bigram.
// A list is [lengthClass, ordinal, ordinal, …]: ordinals ascend and appear once; a bigram holds only
// the classes it has (a sparse array by class would cost ~100 bytes per bigram). Removed units stay
// listed until compaction.

const CLASSES = 48;

/** The length class of a key of `length` UTF-16 units: ⌊2·log₂ length⌋ (0 for 0 and 1). */
export function lengthClass(length: number): number {
  return length < 2 ? 0 : Math.min(CLASSES - 1, Math.floor(2 * Math.log2(length)));
}

/** Ordinals of one list (from index 1) are in ascending order: a view for callers. */
export type PostingList = readonly number[];

function indexOfClass(byClass: number[][], lengthClassOf: number): number {
  for (let i = 0; i < byClass.length; i++) if (byClass[i][0] === lengthClassOf) return i;
  return -1;
}

/**
 * `list` with `ordinal` appended. Very short lists are copied at their exact size: `push` would give a
 * 2-element list room for 19 (V8 grows by half plus 16), and most lists are short. Measured at 100,000
 * pairs: 104 MB of heap instead of 128, at no cost in build time (copying up to 32 cost 20% more).
 */
export function appended(list: number[], ordinal: number): number[] {
  if (list.length >= 8) {
    list.push(ordinal);
    return list;
  }
  return list.concat(ordinal);
}

export class BigramPostings {
  /** Characters numbered in order of appearance, so that a bigram of two is a small integer. */
  private readonly charIds = new Map<number, number>();
  private readonly lists = new Map<number, number[][]>();

  /** The distinct bigrams of a key, each as one number. */
  bigramsOf(key: string): number[] {
    const bigrams: number[] = [];
    let previous = -1;
    for (const char of key) {
      const code = char.codePointAt(0) ?? 0;
      let id = this.charIds.get(code);
      if (id === undefined) this.charIds.set(code, (id = this.charIds.size));
      // Below 2^30 (a small integer to V8) while fewer than 32,768 distinct characters were seen.
      if (previous >= 0) bigrams.push(previous * 32768 + id);
      previous = id;
    }
    bigrams.sort((a, b) => a - b);
    let kept = 0;
    for (const bigram of bigrams) if (kept === 0 || bigrams[kept - 1] !== bigram) bigrams[kept++] = bigram;
    bigrams.length = kept;
    return bigrams;
  }

  /** Lists `ordinal` (not smaller than any listed) under each bigram, in the class of its key length. */
  add(bigrams: readonly number[], ordinal: number, keyLength: number): void {
    const lengthClassOf = lengthClass(keyLength);
    // Plain loops: this runs for every bigram of every unit when the index is built.
    for (let b = 0; b < bigrams.length; b++) {
      const byClass = this.lists.get(bigrams[b]);
      if (byClass === undefined) {
        this.lists.set(bigrams[b], [[lengthClassOf, ordinal]]);
        continue;
      }
      const at = indexOfClass(byClass, lengthClassOf);
      if (at < 0) this.lists.set(bigrams[b], byClass.concat([[lengthClassOf, ordinal]]));
      else if (byClass[at][byClass[at].length - 1] !== ordinal || byClass[at].length === 1) byClass[at] = appended(byClass[at], ordinal);
    }
  }

  /** The lists of a bigram for keys of length classes minClass…maxClass (ordinals from index 1). */
  listsOf(bigram: number, minClass = 0, maxClass = CLASSES - 1): PostingList[] {
    return (this.lists.get(bigram) ?? []).filter((list) => list[0] >= minClass && list[0] <= maxClass);
  }

  /** Whether `ordinal`, whose key is in `lengthClassOf`, is listed under `bigram`. */
  has(bigram: number, lengthClassOf: number, ordinal: number): boolean {
    const byClass = this.lists.get(bigram);
    const at = byClass ? indexOfClass(byClass, lengthClassOf) : -1;
    if (!byClass || at < 0) return false;
    const list = byClass[at];
    let lo = 1;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid] < ordinal) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length && list[lo] === ordinal;
  }

  /** Renumbers every list by `moved` (old ordinal → new, −1 for removed); order is kept. */
  renumber(moved: Int32Array): void {
    for (const [bigram, byClass] of this.lists) {
      const kept = byClass.filter((list) => {
        let at = 1;
        for (let i = 1; i < list.length; i++) if (moved[list[i]] >= 0) list[at++] = moved[list[i]];
        list.length = at;
        return at > 1;
      });
      if (kept.length === 0) this.lists.delete(bigram);
      else this.lists.set(bigram, kept);
    }
  }

  /** Distinct bigrams listed. */
  get size(): number {
    return this.lists.size;
  }

  /** Rough heap size: 8 bytes per slot, about 48 per list and 100 per bigram (V8, 64-bit). */
  approxBytes(): number {
    let slots = 0;
    let lists = 0;
    for (const byClass of this.lists.values()) {
      for (const list of byClass) slots += list.length;
      lists += byClass.length;
    }
    return slots * 8 + lists * 48 + this.lists.size * 100;
  }
}
