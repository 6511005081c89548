import { numberedToMarked } from "./numbered-pinyin";

/** One dictionary entry as shown to the reader. */
export type DictionaryEntry = { simplified: string; traditional: string; pinyin: string; senses: string[] };

/** The longest headword at a position and its entries; `length` in code points. */
export type DictionaryMatch = { headword: string; length: number; entries: DictionaryEntry[] };

export type DictionaryIndex = {
  /** Entries of the longest headword (Simplified or Traditional) starting at a code point offset. */
  lookup(text: string, at?: number): DictionaryMatch | null;
  readonly size: number;
};

/**
 * Builds the index once from packed CC-CEDICT lines ("simplified, traditional or empty, numbered
 * pinyin, senses by /", tab-separated). Lookups try each length from the longest headword down: a
 * handful of hash look-ups, far under a millisecond.
 */
export function buildDictionaryIndex(lines: Iterable<string>): DictionaryIndex {
  const raw: string[] = [];
  const byHeadword = new Map<string, number[]>();
  let maxLength = 1;
  const add = (headword: string, index: number) => {
    const list = byHeadword.get(headword);
    if (!list) byHeadword.set(headword, [index]);
    else if (list[list.length - 1] !== index) list.push(index);
    maxLength = Math.max(maxLength, [...headword].length);
  };
  for (const line of lines) {
    const tab = line.indexOf("\t");
    if (tab <= 0) continue;
    const second = line.indexOf("\t", tab + 1);
    const index = raw.push(line) - 1;
    add(line.slice(0, tab), index);
    if (second > tab + 1) add(line.slice(tab + 1, second), index);
  }
  // Entries are unpacked when first looked up; most never are.
  const entryAt = (index: number): DictionaryEntry => {
    const [simplified, traditional, pinyin, senses] = raw[index].split("\t");
    return { simplified, traditional: traditional || simplified, pinyin: numberedToMarked(pinyin), senses: senses.split("/").filter(Boolean) };
  };
  return {
    size: raw.length,
    lookup(text, at = 0) {
      const chars = Array.from(text.slice(0, Math.min(text.length, (at + maxLength) * 2)));
      for (let length = Math.min(maxLength, chars.length - at); length > 0; length--) {
        const headword = chars.slice(at, at + length).join("");
        const found = byHeadword.get(headword);
        if (found) return { headword, length, entries: found.map(entryAt) };
      }
      return null;
    },
  };
}
