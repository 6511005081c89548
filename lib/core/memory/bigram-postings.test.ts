import { describe, expect, it } from "vitest";
import { seededRandom } from "../testing/seeded-random";
import { BigramPostings, lengthClass } from "./bigram-postings";

/** The former structure (one JS array per bigram and class, appended at every add): the reference. */
class FormerBigramPostings {
  private readonly charIds = new Map<number, number>();
  private readonly lists = new Map<number, number[][]>();

  bigramsOf(key: string): number[] {
    const bigrams: number[] = [];
    let previous = -1;
    for (const char of key) {
      const code = char.codePointAt(0) ?? 0;
      let id = this.charIds.get(code);
      if (id === undefined) this.charIds.set(code, (id = this.charIds.size));
      if (previous >= 0) bigrams.push(previous * 32768 + id);
      previous = id;
    }
    return [...new Set(bigrams)].sort((a, b) => a - b);
  }

  add(key: string, ordinal: number): number {
    const bigrams = this.bigramsOf(key);
    const lengthClassOf = lengthClass(key.length);
    for (const bigram of bigrams) {
      const byClass = this.lists.get(bigram) ?? [];
      const list = byClass.find((candidate) => candidate[0] === lengthClassOf);
      if (list) list.push(ordinal);
      else byClass.push([lengthClassOf, ordinal]);
      this.lists.set(bigram, byClass);
    }
    return bigrams.length;
  }

  listsOf(bigram: number, minClass: number, maxClass: number): number[][] {
    return (this.lists.get(bigram) ?? []).filter((list) => list[0] >= minClass && list[0] <= maxClass);
  }

  renumber(moved: Int32Array): void {
    for (const [bigram, byClass] of this.lists) {
      const kept = byClass
        .map((list) => [list[0], ...list.slice(1).flatMap((ordinal) => (moved[ordinal] >= 0 ? [moved[ordinal]] : []))])
        .filter((list) => list.length > 1);
      if (kept.length === 0) this.lists.delete(bigram);
      else this.lists.set(bigram, kept);
    }
  }

  get size(): number {
    return this.lists.size;
  }
}

/** Keys from a small alphabet (many shared bigrams), one astral character, lengths across several classes. */
function randomKey(random: () => number): string {
  const alphabet = [..."甲乙丙丁戊己庚辛壬癸子丑寅卯", "\u{20000}"];
  const length = Math.floor(random() ** 2 * 60);
  return Array.from({ length }, () => alphabet[Math.floor(random() ** 1.5 * alphabet.length)]).join("");
}

/** A class's packed list and its tail list come one after the other: as one list, they are the former list. */
function joinedByClass(lists: readonly ArrayLike<number>[]): number[][] {
  const joined: number[][] = [];
  for (const list of lists) {
    const last = joined[joined.length - 1];
    if (last && last[0] === list[0]) last.push(...Array.from(list).slice(1));
    else joined.push(Array.from(list));
  }
  return joined;
}

/** Every list of every bigram the reference knows, in several class ranges, and membership tests. */
function expectSameLists(packed: BigramPostings, former: FormerBigramPostings, keys: string[], random: () => number): void {
  const bigrams = [...new Set(keys.flatMap((key) => former.bigramsOf(key)))];
  for (const bigram of bigrams) {
    for (const [min, max] of [[0, 47], [lengthClass(5), lengthClass(20)], [lengthClass(30), 47]]) {
      expect(joinedByClass(packed.listsOf(bigram, min, max))).toEqual(former.listsOf(bigram, min, max));
    }
    for (let n = 0; n < 5; n++) {
      const ordinal = Math.floor(random() * keys.length);
      const lengthClassOf = lengthClass(keys[ordinal].length);
      const listed = former.listsOf(bigram, lengthClassOf, lengthClassOf).some((list) => list.slice(1).includes(ordinal));
      expect(packed.has(bigram, lengthClassOf, ordinal)).toBe(listed);
    }
  }
  expect(packed.size).toBe(former.size);
}

describe("BigramPostings", () => {
  it.each([
    ["packed at every read", 1],
    ["tail, then packed", 200],
    ["tail only", 1e9],
  ])("holds the same lists in the same order as the former structure (%s), through adds, reads and renumbering", (_, mergeAt) => {
    const random = seededRandom(mergeAt);
    const packed = new BigramPostings(mergeAt);
    const former = new FormerBigramPostings();
    let keys: string[] = [];
    for (let round = 0; round < 12; round++) {
      const adds = Math.floor(random() * 40);
      for (let n = 0; n < adds; n++) {
        const key = randomKey(random);
        // The query side numbers characters too, between adds: both must number them alike.
        if (random() < 0.1) expect(packed.bigramsOf(key)).toEqual(former.bigramsOf(key));
        expect(packed.add(key, keys.length)).toBe(former.add(key, keys.length));
        keys.push(key);
      }
      expectSameLists(packed, former, keys, random);
      if (round % 4 === 3) {
        const moved = new Int32Array(keys.length).fill(-1);
        let next = 0;
        keys = keys.filter((_, ordinal) => (random() < 0.7 ? ((moved[ordinal] = next++), true) : false));
        packed.renumber(moved);
        former.renumber(moved);
        expectSameLists(packed, former, keys, random);
      }
    }
  });
});
