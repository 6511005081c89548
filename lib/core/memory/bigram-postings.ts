// The character-bigram inverted lists of the memory index. Each bigram's units are kept in separate
// lists by length class (classes grow by √2), so a lookup reads only the units whose length can reach
// its score, and a paragraph-long query does not walk every sentence sharing a common bigram.
// A list is [lengthClass, ordinal, ordinal, …]: ordinals ascend and appear once; a bigram holds only
// the classes it has, in the order they first appeared. Removed units stay listed until compaction.
//
// Storage (issue 20, bench/memory.bench.ts): one list per bigram and class as a JS array cost 1.4 µs
// per posting to build (13 s for a 100,000-pair memory, 24 s for 100,000 paragraphs) and 8 bytes per
// ordinal. Lists are now packed in one Int32Array (`data`, lists one after another, a bigram's lists
// together), built in one counting pass over the units added since the last build. Units added after
// it (a save) are listed in small JS arrays (`tail`) until they hold MERGE_AT postings, then merged.
// A lookup sees, for each class, the packed list then the tail list: the same ordinals in the same
// order as one list would hold (bigram-postings.test.ts compares both with the former structure).

const CLASSES = 48;
/** Postings of units added since the packed build beyond which the next read packs them too. */
const MERGE_AT = 1 << 16;

/** The length class of a key of `length` UTF-16 units: ⌊2·log₂ length⌋ (0 for 0 and 1). */
export function lengthClass(length: number): number {
  return length < 2 ? 0 : Math.min(CLASSES - 1, Math.floor(2 * Math.log2(length)));
}

/** Ordinals of one list (from index 1) are in ascending order: a view for callers. */
export type PostingList = ArrayLike<number>;

/**
 * `list` with `ordinal` appended. Very short lists are copied at their exact size: `push` would give a
 * 2-element list room for 19 (V8 grows by half plus 16), and most lists are short.
 */
export function appended(list: number[], ordinal: number): number[] {
  if (list.length >= 8) {
    list.push(ordinal);
    return list;
  }
  return list.concat(ordinal);
}

function indexOfClass(byClass: number[][], lengthClassOf: number): number {
  for (let i = 0; i < byClass.length; i++) if (byClass[i][0] === lengthClassOf) return i;
  return -1;
}

/** Non-negative integer → int, open addressing in typed arrays: a Map costs twice as much on the build's hot path. */
class IntMap {
  // Float64: a bigram passes 2^31 once 65,536 distinct characters were seen.
  private keys = new Float64Array(1 << 12).fill(-1);
  private values = new Int32Array(1 << 12);
  size = 0;

  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    // Fibonacci hashing: the product's high bits depend on every bit of the key.
    let slot = Math.imul(key | 0, 0x9e3779b1) >>> Math.clz32(mask);
    while (this.keys[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  get(key: number): number | undefined {
    const slot = this.slotOf(key);
    return this.keys[slot] === key ? this.values[slot] : undefined;
  }

  /** The value of `key`, or `size` (then stored for it): keys numbered in order of arrival. */
  numberOf(key: number): number {
    const slot = this.slotOf(key);
    if (this.keys[slot] === key) return this.values[slot];
    this.keys[slot] = key;
    this.values[slot] = this.size;
    if (++this.size * 2 > this.keys.length) this.grow();
    return this.size - 1;
  }

  /** Its arrays, to be restored by `from` (a saved index). */
  toArrays(): { keys: Float64Array; values: Int32Array; size: number } {
    return { keys: this.keys, values: this.values, size: this.size };
  }

  static from({ keys, values, size }: { keys: Float64Array; values: Int32Array; size: number }): IntMap {
    const map = new IntMap();
    Object.assign(map, { keys, values, size });
    return map;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === -1) continue;
      const slot = this.slotOf(keys[i]);
      this.keys[slot] = keys[i];
      this.values[slot] = values[i];
    }
  }
}

/** A growable Int32Array. */
class IntBuffer {
  values = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) this.grow(this.length + 1);
    this.values[this.length++] = value;
  }

  /** Room for at least `capacity` values. */
  grow(capacity: number): void {
    if (capacity <= this.values.length) return;
    const grown = new Int32Array(Math.max(capacity, this.values.length * 2));
    grown.set(this.values.subarray(0, this.length));
    this.values = grown;
  }
}

/** What BigramPostings.saved gives and BigramPostings.restore takes: typed arrays, fit for v8.serialize. */
export type SavedBigramPostings = {
  bmpIds: Int32Array;
  astralIds: Map<number, number>;
  charCount: number;
  dense: { keys: Float64Array; values: Int32Array; size: number };
  listFirst: Int32Array;
  listStart: Int32Array;
  data: Int32Array;
};

export class BigramPostings {
  /** `mergeAt`: tail postings beyond which a read packs them (tests make it small). */
  constructor(private readonly mergeAt = MERGE_AT) {}

  /** Everything packed, as arrays (a saved index: the CLI keeps it between runs). */
  saved(): SavedBigramPostings {
    if (this.pendingOrdinals.length > 0) this.pack();
    const { bmpIds, astralIds, charCount, listFirst, listStart, data } = this;
    return { bmpIds, astralIds, charCount, dense: this.dense.toArrays(), listFirst, listStart, data };
  }

  static restore(saved: SavedBigramPostings): BigramPostings {
    const postings = new BigramPostings();
    const { dense, ...arrays } = saved;
    Object.assign(postings, { ...arrays, dense: IntMap.from(dense), lastListed: new Int32Array(Math.max(1024, dense.size)) });
    return postings;
  }

  /** Characters numbered in order of appearance (BMP units: id + 1, 0 for none yet), so that a bigram of two is a small integer. */
  private bmpIds = new Int32Array(0x10000);
  private astralIds = new Map<number, number>();
  private charCount = 0;
  /** Bigram (previous · 32768 + id) → dense id, the index of everything below. */
  private dense = new IntMap();
  /** Dense id → the last ordinal + 1 that listed it (distinct bigrams per unit). */
  private lastListed = new Int32Array(1024);

  // Packed lists: bigram d's lists are listFirst[d] … listFirst[d + 1] − 1, list l is data[listStart[l] … listStart[l + 1]).
  private listFirst = new Int32Array(1);
  private listStart = new Int32Array(1);
  private data = new Int32Array(0);

  /** Units added since the packed build, in order: their ordinals, length classes and dense bigram ids. */
  private pendingOrdinals = new IntBuffer();
  private pendingClasses = new IntBuffer();
  private pendingEnds = new IntBuffer();
  private pendingIds = new IntBuffer();
  /** How many pending units `tail` lists. */
  private tailed = 0;
  private readonly tail = new Map<number, number[][]>();

  private charId(code: number): number {
    if (code < 0x10000) {
      const id = this.bmpIds[code];
      if (id > 0) return id - 1;
      this.bmpIds[code] = this.charCount + 1;
      return this.charCount++;
    }
    let id = this.astralIds.get(code);
    if (id === undefined) this.astralIds.set(code, (id = this.charCount++));
    return id;
  }

  /** The distinct bigrams of a key, each as one number, ascending. */
  bigramsOf(key: string): number[] {
    const bigrams: number[] = [];
    let previous = -1;
    for (let i = 0; i < key.length; i++) {
      const code = key.codePointAt(i) ?? 0;
      if (code > 0xffff) i++;
      const id = this.charId(code);
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

  /**
   * Lists `ordinal` (greater than any listed) under each distinct bigram of `key`, in the class of its
   * length; returns how many distinct bigrams that is. The lists are brought up to date on the next read.
   */
  add(key: string, ordinal: number): number {
    let previous = -1;
    let distinct = 0;
    // Written in place: a call per posting was a tenth of a cold build.
    const pending = this.pendingIds;
    pending.grow(pending.length + key.length);
    const ids = pending.values;
    let written = pending.length;
    for (let i = 0; i < key.length; i++) {
      const code = key.codePointAt(i) ?? 0;
      if (code > 0xffff) i++;
      const id = this.charId(code);
      if (previous >= 0) {
        const bigram = previous * 32768 + id;
        const d = this.dense.numberOf(bigram);
        if (d === this.lastListed.length) {
          const grown = new Int32Array(d * 2);
          grown.set(this.lastListed);
          this.lastListed = grown;
        }
        if (this.lastListed[d] !== ordinal + 1) {
          this.lastListed[d] = ordinal + 1;
          ids[written++] = d;
          distinct++;
        }
      }
      previous = id;
    }
    pending.length = written;
    this.pendingOrdinals.push(ordinal);
    this.pendingClasses.push(lengthClass(key.length));
    this.pendingEnds.push(this.pendingIds.length);
    return distinct;
  }

  /** Lists the units added since the last read: packed when they are many (a cold build), else in the tail. */
  flush(): void {
    const pending = this.pendingOrdinals.length;
    if (this.tailed === pending) return;
    if (this.pendingIds.length >= Math.max(this.mergeAt, this.data.length >>> 3)) {
      this.pack();
      return;
    }
    for (let unit = this.tailed; unit < pending; unit++) {
      const ordinal = this.pendingOrdinals.values[unit];
      const lengthClassOf = this.pendingClasses.values[unit];
      for (let p = unit === 0 ? 0 : this.pendingEnds.values[unit - 1]; p < this.pendingEnds.values[unit]; p++) {
        const d = this.pendingIds.values[p];
        const byClass = this.tail.get(d);
        if (byClass === undefined) {
          this.tail.set(d, [[lengthClassOf, ordinal]]);
          continue;
        }
        const at = indexOfClass(byClass, lengthClassOf);
        if (at < 0) byClass.push([lengthClassOf, ordinal]);
        else byClass[at] = appended(byClass[at], ordinal);
      }
    }
    this.tailed = pending;
  }

  /** Packs every pending unit (tail included) into the packed lists, after the ordinals already there. */
  private pack(): void {
    const bigramCount = this.dense.size;
    const postings = this.pendingIds.length;
    const ids = this.pendingIds.values;
    const ends = this.pendingEnds.values;
    // Pending postings grouped by bigram (counting sort), each group in ordinal order.
    const groupStart = new Int32Array(bigramCount + 1);
    for (let p = 0; p < postings; p++) groupStart[ids[p] + 1]++;
    for (let d = 0; d < bigramCount; d++) groupStart[d + 1] += groupStart[d];
    const cursor = groupStart.slice(0, bigramCount);
    const groupOrdinals = new Int32Array(postings);
    const groupClasses = new Uint8Array(postings);
    for (let unit = 0, p = 0; unit < this.pendingOrdinals.length; unit++) {
      const ordinal = this.pendingOrdinals.values[unit];
      const lengthClassOf = this.pendingClasses.values[unit];
      for (; p < ends[unit]; p++) {
        const at = cursor[ids[p]]++;
        groupOrdinals[at] = ordinal;
        groupClasses[at] = lengthClassOf;
      }
    }
    const { listFirst, listStart, data } = this;
    const packedBigrams = listFirst.length - 1;
    // Per bigram: its output lists (packed ones first, then new classes as they appear) and their sizes.
    const slotOfClass = new Int32Array(CLASSES).fill(-1);
    const slotClass = new Int32Array(CLASSES);
    const slotList = new Int32Array(CLASSES);
    const slotAdded = new Int32Array(CLASSES);
    const slotsOf = (d: number): number => {
      let slots = 0;
      if (d < packedBigrams) {
        for (let l = listFirst[d]; l < listFirst[d + 1]; l++) {
          slotOfClass[data[listStart[l]]] = slots;
          slotClass[slots] = data[listStart[l]];
          slotList[slots] = l;
          slotAdded[slots++] = 0;
        }
      }
      for (let g = groupStart[d]; g < groupStart[d + 1]; g++) {
        let slot = slotOfClass[groupClasses[g]];
        if (slot < 0) {
          slot = slotOfClass[groupClasses[g]] = slots;
          slotClass[slots] = groupClasses[g];
          slotList[slots] = -1;
          slotAdded[slots++] = 0;
        }
        slotAdded[slot]++;
      }
      return slots;
    };
    const clearSlots = (slots: number) => {
      for (let s = 0; s < slots; s++) slotOfClass[slotClass[s]] = -1;
    };
    let lists = 0;
    for (let d = 0; d < bigramCount; d++) {
      const slots = slotsOf(d);
      lists += slots;
      clearSlots(slots);
    }
    const nextFirst = new Int32Array(bigramCount + 1);
    const nextStart = new Int32Array(lists + 1);
    const nextData = new Int32Array(data.length + postings + lists - (listStart.length - 1));
    let list = 0;
    let written = 0;
    for (let d = 0; d < bigramCount; d++) {
      nextFirst[d] = list;
      const slots = slotsOf(d);
      for (let s = 0; s < slots; s++) {
        nextStart[list++] = written;
        nextData[written++] = slotClass[s];
        const l = slotList[s];
        if (l >= 0) {
          nextData.set(data.subarray(listStart[l] + 1, listStart[l + 1]), written);
          written += listStart[l + 1] - listStart[l] - 1;
        }
        // From here on, the slot's cursor for the new ordinals.
        slotList[s] = written;
        written += slotAdded[s];
      }
      for (let g = groupStart[d]; g < groupStart[d + 1]; g++) nextData[slotList[slotOfClass[groupClasses[g]]]++] = groupOrdinals[g];
      clearSlots(slots);
    }
    nextFirst[bigramCount] = list;
    nextStart[list] = written;
    this.listFirst = nextFirst;
    this.listStart = nextStart;
    this.data = nextData;
    // New buffers: a cold build's are tens of MB.
    this.pendingOrdinals = new IntBuffer();
    this.pendingClasses = new IntBuffer();
    this.pendingEnds = new IntBuffer();
    this.pendingIds = new IntBuffer();
    this.tailed = 0;
    this.tail.clear();
  }

  /** The lists of a bigram for keys of length classes minClass…maxClass (ordinals from index 1). */
  listsOf(bigram: number, minClass = 0, maxClass = CLASSES - 1): PostingList[] {
    this.flush();
    const d = this.dense.get(bigram);
    if (d === undefined) return [];
    const found: PostingList[] = [];
    const tailLists = this.tail.get(d);
    if (d < this.listFirst.length - 1) {
      for (let l = this.listFirst[d]; l < this.listFirst[d + 1]; l++) {
        const lengthClassOf = this.data[this.listStart[l]];
        if (lengthClassOf < minClass || lengthClassOf > maxClass) continue;
        found.push(this.data.subarray(this.listStart[l], this.listStart[l + 1]));
        const after = tailLists ? indexOfClass(tailLists, lengthClassOf) : -1;
        if (after >= 0) found.push(tailLists![after]);
      }
    }
    for (const list of tailLists ?? []) {
      if (list[0] < minClass || list[0] > maxClass || this.packedList(d, list[0]) >= 0) continue;
      found.push(list);
    }
    return found;
  }

  /** The packed list of bigram `d` in a class, or −1. */
  private packedList(d: number, lengthClassOf: number): number {
    if (d >= this.listFirst.length - 1) return -1;
    for (let l = this.listFirst[d]; l < this.listFirst[d + 1]; l++) if (this.data[this.listStart[l]] === lengthClassOf) return l;
    return -1;
  }

  /** Whether `ordinal`, whose key is in `lengthClassOf`, is listed under `bigram`. */
  has(bigram: number, lengthClassOf: number, ordinal: number): boolean {
    this.flush();
    const d = this.dense.get(bigram);
    if (d === undefined) return false;
    const l = this.packedList(d, lengthClassOf);
    if (l >= 0 && contains(this.data, this.listStart[l] + 1, this.listStart[l + 1], ordinal)) return true;
    const byClass = this.tail.get(d);
    const at = byClass ? indexOfClass(byClass, lengthClassOf) : -1;
    return at >= 0 && contains(byClass![at], 1, byClass![at].length, ordinal);
  }

  /** Renumbers every list by `moved` (old ordinal → new, −1 for removed); order is kept, empty lists go. */
  renumber(moved: Int32Array): void {
    if (this.pendingOrdinals.length > 0) this.pack();
    const { listFirst, listStart, data } = this;
    let list = 0;
    let written = 0;
    for (let d = 0; d < listFirst.length - 1; d++) {
      const first = list;
      for (let l = listFirst[d]; l < listFirst[d + 1]; l++) {
        const start = written;
        data[written++] = data[listStart[l]];
        for (let i = listStart[l] + 1; i < listStart[l + 1]; i++) if (moved[data[i]] >= 0) data[written++] = moved[data[i]];
        if (written - start > 1) listStart[list++] = start;
        else written = start;
      }
      listFirst[d] = first;
    }
    listFirst[listFirst.length - 1] = list;
    this.listStart = listStart.slice(0, list + 1);
    this.listStart[list] = written;
    this.data = data.slice(0, written);
    this.lastListed.fill(0);
  }

  /** Distinct bigrams listed. */
  get size(): number {
    this.flush();
    let size = 0;
    for (let d = 0; d < this.dense.size; d++) if ((d < this.listFirst.length - 1 && this.listFirst[d + 1] > this.listFirst[d]) || this.tail.has(d)) size++;
    return size;
  }

  /** Rough heap size: the packed arrays, 8 bytes per tail slot and about 48 per tail list, 60 per bigram. */
  approxBytes(): number {
    this.flush();
    let slots = 0;
    let lists = 0;
    for (const byClass of this.tail.values()) {
      for (const list of byClass) slots += list.length;
      lists += byClass.length;
    }
    const packed = this.data.byteLength + this.listStart.byteLength + this.listFirst.byteLength + this.lastListed.byteLength;
    const pending = this.pendingIds.values.byteLength + 3 * this.pendingOrdinals.values.byteLength;
    return packed + pending + this.bmpIds.byteLength + slots * 8 + lists * 48 + this.dense.size * 60;
  }
}

/** Whether the ascending run list[from…to) holds `ordinal` (binary search). */
function contains(list: ArrayLike<number>, from: number, to: number, ordinal: number): boolean {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < ordinal) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && list[lo] === ordinal;
}
