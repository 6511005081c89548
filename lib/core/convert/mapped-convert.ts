import type { MappedText } from "./mapped-text";

/** What opencc-js's Trie offers: the longest dictionary entry starting at a UTF-16 offset. */
export type PrefixMatcher = { matchPrefix(text: string, offset: number): { end: number; value: string } | null };

/**
 * One OpenCC conversion as data: tries applied to the whole text first (normalisation), then an
 * optional segmentation that stops later matches from crossing phrase boundaries, then the chain.
 */
export type ConversionPlan = { normalize: PrefixMatcher[]; segmentation?: PrefixMatcher; chain: PrefixMatcher[] };

type Span = { chars: string[]; from: number[]; to: number[] };

function utf16Starts(chars: string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const char of chars) {
    starts.push(offset);
    offset += char.length;
  }
  return starts;
}

// Longest-match replacement, as opencc-js's Trie.convert does, keeping each character's source range.
function applyTrie(trie: PrefixMatcher, span: Span): Span {
  const text = span.chars.join("");
  const starts = utf16Starts(span.chars);
  const out: Span = { chars: [], from: [], to: [] };
  let i = 0;
  while (i < span.chars.length) {
    const match = trie.matchPrefix(text, starts[i]);
    if (!match) {
      out.chars.push(span.chars[i]);
      out.from.push(span.from[i]);
      out.to.push(span.to[i]);
      i++;
      continue;
    }
    let j = i;
    while (j < span.chars.length && starts[j] < match.end) j++;
    const value = [...match.value];
    for (let k = 0; k < value.length; k++) {
      // Same length: character k comes from character k. Otherwise every character comes from the phrase.
      const same = value.length === j - i;
      out.chars.push(value[k]);
      out.from.push(same ? span.from[i + k] : span.from[i]);
      out.to.push(same ? span.to[i + k] : span.to[j - 1]);
    }
    i = j;
  }
  return out;
}

// Mirrors opencc-js's Trie.segment: each dictionary match is a segment, and so is each run between matches.
function segmentBoundaries(trie: PrefixMatcher, chars: string[]): number[] {
  const text = chars.join("");
  const starts = utf16Starts(chars);
  const boundaries: number[] = [0];
  let i = 0;
  let inRun = false;
  while (i < chars.length) {
    const match = trie.matchPrefix(text, starts[i]);
    if (!match) {
      inRun = true;
      i++;
      continue;
    }
    if (inRun) boundaries.push(i);
    inRun = false;
    while (i < chars.length && starts[i] < match.end) i++;
    boundaries.push(i);
  }
  if (boundaries[boundaries.length - 1] !== chars.length) boundaries.push(chars.length);
  return boundaries;
}

const slice = (span: Span, start: number, end: number): Span => ({
  chars: span.chars.slice(start, end),
  from: span.from.slice(start, end),
  to: span.to.slice(start, end),
});

/**
 * What convertMapped gives as a string, without the map (a memory key for every unit of a 100,000-pair
 * memory): the same longest matches at the same offsets. `canStart` says which UTF-16 units may begin a
 * dictionary entry of each trie (astral characters are always tried), so most characters skip the trie.
 */
export function convertPlain(plan: ConversionPlan & { canStart: Uint8Array[] }, text: string): string {
  if (plan.segmentation) return convertMapped(plan, text).chars.join("");
  const tries = [...plan.normalize, ...plan.chain];
  let out = text;
  for (let t = 0; t < tries.length; t++) out = applyTriePlain(tries[t], plan.canStart[t], out);
  return out;
}

function applyTriePlain(trie: PrefixMatcher, canStart: Uint8Array, text: string): string {
  let out = "";
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const isPair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const match = isPair || canStart[code] === 1 ? trie.matchPrefix(text, i) : null;
    if (!match) {
      i += isPair ? 2 : 1;
      continue;
    }
    out += text.slice(copied, i) + match.value;
    i = copied = match.end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Converts a text by a plan, keeping for every produced code point the source range it came from. */
export function convertMapped(plan: ConversionPlan, text: string): MappedText {
  const chars = [...text];
  let span: Span = { chars, from: chars.map((_, i) => i), to: chars.map((_, i) => i + 1) };
  for (const trie of plan.normalize) span = applyTrie(trie, span);
  const boundaries = plan.segmentation ? segmentBoundaries(plan.segmentation, span.chars) : [0, span.chars.length];
  const out: Span = { chars: [], from: [], to: [] };
  for (let b = 0; b + 1 < boundaries.length; b++) {
    let part = slice(span, boundaries[b], boundaries[b + 1]);
    for (const trie of plan.chain) part = applyTrie(trie, part);
    out.chars.push(...part.chars);
    out.from.push(...part.from);
    out.to.push(...part.to);
  }
  return { ...out, sourceLength: chars.length };
}
