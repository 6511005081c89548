// The character-bigram inverted lists of the memory index. Each bigram's units are kept in separate
// lists by length class (classes grow by √2), so a lookup reads only the units whose length can reach
// its score, and a paragraph-long query does not walk every sentence sharing a common bigram.
// Within a list, ordinals ascend and appear once; removed units stay listed until compaction.

const CLASSES = 48;
const EMPTY: readonly number[] = [];

/** The length class of a key of `length` UTF-16 units: ⌊2·log₂ length⌋ (0 for 0 and 1). */
export function lengthClass(length: number): number {
  return length < 2 ? 0 : Math.min(CLASSES - 1, Math.floor(2 * Math.log2(length)));
}

export class BigramPostings {
  /** Characters numbered in order of appearance, so that a bigram of two is a small integer. */
  private readonly charIds = new Map<number, number>();
  private readonly lists = new Map<number, number[][]>();

  /** The distinct bigrams of a key, each as one number. */
  bigramsOf(key: string): number[] {
    const seen = new Set<number>();
    let previous = -1;
    for (const char of key) {
      const code = char.codePointAt(0) ?? 0;
      let id = this.charIds.get(code);
      if (id === undefined) this.charIds.set(code, (id = this.charIds.size));
      // Below 2^30 (a small integer to V8) while fewer than 32,768 distinct characters were seen.
      if (previous >= 0) seen.add(previous * 32768 + id);
      previous = id;
    }
    return [...seen];
  }

  /** Lists `ordinal` (not smaller than any listed) under each bigram, in the class of its key length. */
  add(bigrams: readonly number[], ordinal: number, keyLength: number): void {
    const lengthClassOf = lengthClass(keyLength);
    for (const bigram of bigrams) {
      let byClass = this.lists.get(bigram);
      if (!byClass) this.lists.set(bigram, (byClass = []));
      const list = byClass[lengthClassOf];
      if (!list) byClass[lengthClassOf] = [ordinal];
      else if (list[list.length - 1] !== ordinal) list.push(ordinal);
    }
  }

  /** The lists of a bigram for keys of length classes minClass…maxClass. */
  listsOf(bigram: number, minClass = 0, maxClass = CLASSES - 1): number[][] {
    const byClass = this.lists.get(bigram);
    if (!byClass) return [];
    const lists: number[][] = [];
    for (let c = minClass; c <= maxClass && c < byClass.length; c++) if (byClass[c]) lists.push(byClass[c]);
    return lists;
  }

  /** The list of a bigram for keys of one length class (empty when none). */
  listIn(bigram: number, lengthClassOf: number): readonly number[] {
    return this.lists.get(bigram)?.[lengthClassOf] ?? EMPTY;
  }

  /** Renumbers every list by `moved` (old ordinal → new, −1 for removed); order is kept. */
  renumber(moved: Int32Array): void {
    for (const [bigram, byClass] of this.lists) {
      let isEmpty = true;
      byClass.forEach((list, c) => {
        let kept = 0;
        for (const ordinal of list) if (moved[ordinal] >= 0) list[kept++] = moved[ordinal];
        list.length = kept;
        if (kept === 0) delete byClass[c];
        else isEmpty = false;
      });
      if (isEmpty) this.lists.delete(bigram);
    }
  }

  /** Distinct bigrams listed. */
  get size(): number {
    return this.lists.size;
  }

  /** Rough heap size: 8 bytes per listed ordinal, about 64 per list and 120 per bigram (V8, 64-bit). */
  approxBytes(): number {
    let ordinals = 0;
    let lists = 0;
    for (const byClass of this.lists.values()) {
      for (const list of byClass) {
        if (!list) continue;
        ordinals += list.length;
        lists++;
      }
    }
    return ordinals * 8 + lists * 64 + this.lists.size * 120;
  }
}
