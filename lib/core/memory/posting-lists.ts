import { appended } from "./bigram-postings";

// Inverted lists for the memory index: for each key (a character bigram, an English word) the
// ordinals of the units that contain it, ascending and each once. Ordinals only ever grow, so an
// append keeps a list sorted; removed units stay listed until the index compacts.

/** Lists as data: keys, and the ordinals of key i at ordinals[ends[i − 1] … ends[i]). */
export type SavedPostingLists<K> = { keys: K[]; ends: Int32Array; ordinals: Int32Array };

export class PostingLists<K> {
  private readonly lists = new Map<K, number[]>();

  /** The lists as data (a saved index: a Map of 100,000 arrays takes long to deserialise). */
  saved(): SavedPostingLists<K> {
    const keys = [...this.lists.keys()];
    const ends = new Int32Array(keys.length);
    let total = 0;
    keys.forEach((key, i) => (ends[i] = total += this.lists.get(key)!.length));
    const ordinals = new Int32Array(total);
    keys.forEach((key, i) => ordinals.set(this.lists.get(key)!, i === 0 ? 0 : ends[i - 1]));
    return { keys, ends, ordinals };
  }

  static restore<K>({ keys, ends, ordinals }: SavedPostingLists<K>): PostingLists<K> {
    const lists = new PostingLists<K>();
    keys.forEach((key, i) => lists.lists.set(key, Array.from(ordinals.subarray(i === 0 ? 0 : ends[i - 1], ends[i]))));
    return lists;
  }

  /** Lists `ordinal` under each of `keys` (distinct keys; ordinal not smaller than any listed). */
  add(keys: Iterable<K>, ordinal: number): void {
    for (const key of keys) {
      const list = this.lists.get(key);
      if (!list) this.lists.set(key, [ordinal]);
      else if (list[list.length - 1] !== ordinal) {
        const grown = appended(list, ordinal);
        if (grown !== list) this.lists.set(key, grown);
      }
    }
  }

  get(key: K): readonly number[] | undefined {
    return this.lists.get(key);
  }

  /** Renumbers every list by `moved` (old ordinal → new, −1 for removed); order is kept. */
  renumber(moved: Int32Array): void {
    for (const [key, list] of this.lists) {
      let kept = 0;
      for (const ordinal of list) {
        const now = moved[ordinal];
        if (now >= 0) list[kept++] = now;
      }
      if (kept === 0) this.lists.delete(key);
      else list.length = kept;
    }
  }

  get size(): number {
    return this.lists.size;
  }

  /** Rough heap size: 8 bytes per listed ordinal, about 80 per list and map entry (V8, no pointer compression). */
  approxBytes(): number {
    let ordinals = 0;
    for (const list of this.lists.values()) ordinals += list.length;
    return ordinals * 8 + this.lists.size * 80;
  }
}

/** Ordinals in every list (each ascending), shortest list first. */
export function intersectPostings(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let result = [...sorted[0]];
  for (const list of sorted.slice(1)) {
    const next: number[] = [];
    let j = 0;
    for (const ordinal of result) {
      // Gallop: lists are sorted, so a binary search from j finds the first element ≥ ordinal.
      let lo = j;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (list[mid] < ordinal) lo = mid + 1;
        else hi = mid;
      }
      j = lo;
      if (j < list.length && list[j] === ordinal) next.push(ordinal);
    }
    result = next;
    if (result.length === 0) break;
  }
  return result;
}
