import type { MatchKey } from "../convert/match-key";
import { appended, BigramPostings, type SavedBigramPostings } from "./bigram-postings";
import { wordsOf } from "./memory-keys";
import type { MemoryOrigin, MemoryUnit } from "./memory-types";
import { memoryKey } from "./normalize-for-memory";
import { PostingLists, type SavedPostingLists } from "./posting-lists";

// What MemoryIndex keeps: units by ordinal with their memory keys, and the inverted lists over them.
// A removed unit leaves a hole (null) that the lists still point to; once holes are as many as the
// units (and at least COMPACT_AT), everything is renumbered without them.

const COMPACT_AT = 4096;

/**
 * A store as data, compacted (no holes): units by column, since v8.deserialize takes ten times longer
 * to rebuild 100,000 small objects than to read the same strings as arrays (the CLI loads it at every run).
 */
export type SavedMemoryStore = {
  ids: string[];
  groups: string[];
  /** 1 for a sentence unit. */
  isSentence: Uint8Array;
  sources: string[];
  targets: string[];
  /** Each unit's origin, an index into `origins` (units of one group share it). */
  originOf: Int32Array;
  origins: { isTmx: Uint8Array; ids: Int32Array; segmentIds: Int32Array; positions: Int32Array; names: string[] };
  keys: string[];
  bigramCounts: number[];
  bigrams: SavedBigramPostings;
  words: SavedPostingLists<string>;
};

function savedOrigins(units: readonly MemoryUnit[]): Pick<SavedMemoryStore, "originOf" | "origins"> {
  const indexes = new Map<MemoryOrigin, number>();
  const originOf = new Int32Array(units.length);
  const list: MemoryOrigin[] = [];
  units.forEach((unit, ordinal) => {
    let at = indexes.get(unit.origin);
    if (at === undefined) indexes.set(unit.origin, (at = list.push(unit.origin) - 1));
    originOf[ordinal] = at;
  });
  return {
    originOf,
    origins: {
      isTmx: Uint8Array.from(list, (origin) => (origin.kind === "tmx" ? 1 : 0)),
      ids: Int32Array.from(list, (origin) => (origin.kind === "document" ? origin.documentId : origin.memoryId)),
      segmentIds: Int32Array.from(list, (origin) => (origin.kind === "document" ? origin.segmentId : 0)),
      positions: Int32Array.from(list, (origin) => (origin.kind === "document" ? origin.position : 0)),
      names: list.map((origin) => (origin.kind === "document" ? origin.documentTitle : origin.memoryName)),
    },
  };
}

function restoredUnits(saved: SavedMemoryStore): MemoryUnit[] {
  const { isTmx, ids, segmentIds, positions, names } = saved.origins;
  const origins = names.map((name, i): MemoryOrigin =>
    isTmx[i] === 1
      ? { kind: "tmx", memoryId: ids[i], memoryName: name }
      : { kind: "document", documentId: ids[i], documentTitle: name, segmentId: segmentIds[i], position: positions[i] },
  );
  return saved.ids.map((id, ordinal) => ({
    id,
    group: saved.groups[ordinal],
    level: saved.isSentence[ordinal] === 1 ? "sentence" : "paragraph",
    source: saved.sources[ordinal],
    target: saved.targets[ordinal],
    origin: origins[saved.originOf[ordinal]],
  }));
}

export class MemoryStore {
  /** By ordinal; null once removed. */
  units: (MemoryUnit | null)[] = [];
  /** Memory key of each unit's source, by ordinal. */
  keys: string[] = [];
  /** Length of each key (UTF-16 units), −1 once removed: read on every candidate, so kept apart. */
  lengths: number[] = [];
  /** Distinct bigrams of each key, by ordinal (for Dice). */
  bigramCounts: number[] = [];
  bigrams = new BigramPostings();
  /** Lower-case words of each unit's target. */
  words = new PostingLists<string>();
  /** Memory key → ordinals of the units with exactly that key. */
  exact = new Map<string, number[]>();
  groups = new Map<string, number[]>();
  live = 0;
  /** Grows at every change, so that what is derived from the units (CharCountIndex) knows it is stale. */
  version = 0;

  constructor(private readonly matchKey: MatchKey) {}

  add(group: string, units: readonly MemoryUnit[]): void {
    this.version++;
    const ordinals = units.map((unit) => this.place(unit, memoryKey(this.matchKey, unit.source)));
    if (ordinals.length > 0) this.groups.set(group, ordinals);
  }

  remove(group: string): void {
    const ordinals = this.groups.get(group);
    if (!ordinals) return;
    this.version++;
    this.groups.delete(group);
    for (const ordinal of ordinals) {
      const key = this.keys[ordinal];
      const same = this.exact.get(key)?.filter((other) => other !== ordinal) ?? [];
      if (same.length > 0) this.exact.set(key, same);
      else this.exact.delete(key);
      this.units[ordinal] = null;
      this.keys[ordinal] = "";
      this.lengths[ordinal] = -1;
      this.live--;
    }
    const holes = this.units.length - this.live;
    if (holes >= COMPACT_AT && holes >= this.live) this.compact();
  }

  private place(unit: MemoryUnit, key: string): number {
    const ordinal = this.units.length;
    this.units.push(unit);
    this.keys.push(key);
    this.lengths.push(key.length);
    this.bigramCounts.push(this.bigrams.add(key, ordinal));
    this.words.add(wordsOf(unit.target), ordinal);
    this.exact.set(key, appended(this.exact.get(key) ?? [], ordinal));
    this.live++;
    return ordinal;
  }

  saved(): SavedMemoryStore {
    if (this.live < this.units.length) this.compact();
    const units = this.units as MemoryUnit[];
    return {
      ids: units.map((unit) => unit.id),
      groups: units.map((unit) => unit.group),
      isSentence: Uint8Array.from(units, (unit) => (unit.level === "sentence" ? 1 : 0)),
      sources: units.map((unit) => unit.source),
      targets: units.map((unit) => unit.target),
      ...savedOrigins(units),
      keys: this.keys,
      bigramCounts: this.bigramCounts,
      bigrams: this.bigrams.saved(),
      words: this.words.saved(),
    };
  }

  /** The store `saved` gave; lengths, exact-key lists and groups are derived again (a pass over the units). */
  static restore(matchKey: MatchKey, saved: SavedMemoryStore): MemoryStore {
    const store = new MemoryStore(matchKey);
    const units = restoredUnits(saved);
    Object.assign(store, {
      units,
      keys: saved.keys,
      lengths: saved.keys.map((key) => key.length),
      bigramCounts: saved.bigramCounts,
      bigrams: BigramPostings.restore(saved.bigrams),
      words: PostingLists.restore(saved.words),
      live: units.length,
    });
    saved.keys.forEach((key, ordinal) => store.exact.set(key, appended(store.exact.get(key) ?? [], ordinal)));
    units.forEach(({ group }, ordinal) => store.groups.set(group, appended(store.groups.get(group) ?? [], ordinal)));
    return store;
  }

  /** Renumbers the live units 0…live−1 in their order, so lists stay ascending. */
  compact(): void {
    const moved = new Int32Array(this.units.length).fill(-1);
    let next = 0;
    this.units.forEach((unit, ordinal) => {
      if (unit) moved[ordinal] = next++;
    });
    const keep = <T>(values: T[]) => values.filter((_, ordinal) => moved[ordinal] >= 0);
    this.keys = keep(this.keys);
    this.lengths = keep(this.lengths);
    this.bigramCounts = keep(this.bigramCounts);
    this.units = keep(this.units);
    this.bigrams.renumber(moved);
    this.words.renumber(moved);
    for (const ordinals of [...this.exact.values(), ...this.groups.values()]) {
      ordinals.forEach((ordinal, i) => (ordinals[i] = moved[ordinal]));
    }
  }

  /** Rough heap size of what the store holds, units' own texts excluded (the caller has those). */
  approxBytes(): number {
    let keyChars = 0;
    for (const key of this.keys) keyChars += key.length;
    const perOrdinal = 4 * 8; // units, keys, lengths, bigramCounts slots
    const mapEntries = (this.exact.size + this.groups.size) * 100;
    return this.bigrams.approxBytes() + this.words.approxBytes() + keyChars * 2 + this.units.length * (perOrdinal + 24) + mapEntries;
  }
}
