import type { MatchKey } from "../convert/match-key";
import { toCodePointOffset } from "../text/code-points";
import { bigramsOf, hasHan, wordsOf } from "./memory-keys";
import type { MemoryStore } from "./memory-store";
import type { ConcordanceHit } from "./memory-types";
import { normalizeForMemory } from "./normalize-for-memory";
import { intersectPostings } from "./posting-lists";

type Range = { start: number; end: number };

/** Where `needle` occurs in a memory key, as code point ranges of the original text. */
function sourceRanges(matchKey: MatchKey, source: string, needle: string): Range[] {
  const mapped = normalizeForMemory(matchKey, source);
  const key = mapped.chars.join("");
  const length = [...needle].length;
  const ranges: Range[] = [];
  for (let at = key.indexOf(needle); at >= 0; at = key.indexOf(needle, at + needle.length)) {
    const first = toCodePointOffset(key, at);
    ranges.push({ start: mapped.from[first], end: mapped.to[first + length - 1] });
  }
  return ranges;
}

/** Ordinals of the units whose source key contains `needle` (a memory key with a Chinese character). */
function findInSources(store: MemoryStore, needle: string): number[] {
  const bigrams = bigramsOf(needle);
  if (bigrams.length === 0) {
    // One character has no bigram: the only query answered by a scan of the keys.
    return store.keys.flatMap((key, ordinal) => (key.includes(needle) ? [ordinal] : []));
  }
  const lists = bigrams.map((bigram) => store.bigrams.get(bigram));
  if (lists.some((list) => !list)) return [];
  return intersectPostings(lists as number[][]).filter((ordinal) => store.keys[ordinal].includes(needle));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A case-insensitive whole-word pattern for an English phrase; any spacing and either apostrophe match. */
function wordPattern(text: string): RegExp {
  const body = escapeRegExp(text.trim()).replace(/\s+/g, "\\s+").replace(/['’]/g, "['’]");
  return new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, "giu");
}

function targetRanges(target: string, pattern: RegExp): Range[] {
  pattern.lastIndex = 0;
  return [...target.matchAll(pattern)].map((match) => {
    const start = toCodePointOffset(target, match.index);
    return { start, end: start + [...match[0]].length };
  });
}

/**
 * Concordance: Chinese (any script and width) in the sources, otherwise English words in the targets.
 * Most recent first; a sentence unit is left out when its paragraph unit is a hit too (it shows the same text).
 */
export function searchMemory(store: MemoryStore, matchKey: MatchKey, text: string, limit: number): ConcordanceHit[] {
  const isChinese = hasHan(text);
  const needle = isChinese ? normalizeForMemory(matchKey, text).chars.join("") : "";
  const pattern = isChinese ? null : wordPattern(text);
  let ordinals: number[];
  if (isChinese) ordinals = findInSources(store, needle);
  else {
    const words = wordsOf(text);
    if (words.length === 0) return [];
    const lists = words.map((word) => store.words.get(word));
    ordinals = lists.some((list) => !list) ? [] : intersectPostings(lists as number[][]);
  }
  const paragraphHits = new Set<string>();
  for (const ordinal of ordinals) {
    const unit = store.units[ordinal];
    if (unit?.level === "paragraph") paragraphHits.add(unit.group);
  }
  const hits: ConcordanceHit[] = [];
  for (let i = ordinals.length - 1; i >= 0 && hits.length < limit; i--) {
    const unit = store.units[ordinals[i]];
    if (!unit || (unit.level === "sentence" && paragraphHits.has(unit.group))) continue;
    const hit = isChinese
      ? { unit, sourceRanges: sourceRanges(matchKey, unit.source, needle), targetRanges: [] }
      : { unit, sourceRanges: [], targetRanges: targetRanges(unit.target, pattern as RegExp) };
    // The word index is a pre-filter: the phrase itself must be in the target, in order, as whole words.
    if (hit.sourceRanges.length + hit.targetRanges.length > 0) hits.push(hit);
  }
  return hits;
}
