import type { MatchKey } from "../convert/match-key";
import { toCodePointOffset } from "../text/code-points";
import { lengthClass, type PostingList } from "./bigram-postings";
import { hasHan, wordsOf } from "./memory-keys";
import type { MemoryStore } from "./memory-store";
import type { ConcordanceHit } from "./memory-types";
import { memoryKey, normalizeForMemory } from "./normalize-for-memory";
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

/**
 * Ordinals (ascending) of the units whose source key may contain `needle`, a memory key with a Chinese
 * character: the units of its rarest bigram (in keys at least as long), or, for one character, all.
 */
function sourceCandidates(store: MemoryStore, needle: string): number[] | "all" {
  const bigrams = store.bigrams.bigramsOf(needle);
  if (bigrams.length === 0) return "all";
  const rarest = bigrams
    .map((bigram) => store.bigrams.listsOf(bigram, lengthClass(needle.length)))
    .reduce((best, lists) => (size(lists) < size(best) ? lists : best));
  // list[0] is the length class; a unit is in one class only.
  return rarest.flatMap((list) => Array.prototype.slice.call(list, 1) as number[]).sort((a, b) => a - b);
}

const size = (lists: readonly PostingList[]) => lists.reduce((n, list) => n + list.length - 1, 0);

/** Ordinals (ascending) of the units whose target has every word of `text`. */
function targetCandidates(store: MemoryStore, text: string): number[] {
  const lists = wordsOf(text).map((word) => store.words.get(word));
  return lists.length === 0 || lists.some((list) => !list) ? [] : intersectPostings(lists as number[][]);
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
 * Most recent first; a sentence unit is left out when its paragraph unit is a hit too (it shows the same
 * text). Candidates from the index are checked from the most recent down until `limit` hits.
 */
export function searchMemory(store: MemoryStore, matchKey: MatchKey, text: string, limit: number): ConcordanceHit[] {
  const isChinese = hasHan(text);
  const needle = isChinese ? memoryKey(matchKey, text) : "";
  const pattern = wordPattern(text);
  const candidates = isChinese ? sourceCandidates(store, needle) : targetCandidates(store, text);
  const isHit = (ordinal: number): boolean => {
    const unit = store.units[ordinal];
    if (!unit) return false;
    if (isChinese) return store.keys[ordinal].includes(needle);
    // The word index is a pre-filter: the phrase itself must be in the target, in order, as whole words.
    pattern.lastIndex = 0;
    return pattern.test(unit.target);
  };
  const paragraphIsHit = (group: string) =>
    (store.groups.get(group) ?? []).some((ordinal) => store.units[ordinal]?.level === "paragraph" && isHit(ordinal));
  const hits: ConcordanceHit[] = [];
  const count = candidates === "all" ? store.units.length : candidates.length;
  for (let i = count - 1; i >= 0 && hits.length < limit; i--) {
    const ordinal = candidates === "all" ? i : candidates[i];
    const unit = store.units[ordinal];
    if (!unit || !isHit(ordinal) || (unit.level === "sentence" && paragraphIsHit(unit.group))) continue;
    hits.push(
      isChinese
        ? { unit, sourceRanges: sourceRanges(matchKey, unit.source, needle), targetRanges: [] }
        : { unit, sourceRanges: [], targetRanges: targetRanges(unit.target, pattern) },
    );
  }
  return hits;
}
