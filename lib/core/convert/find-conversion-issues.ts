import type { SourceScript } from "../model";
import type { Alternatives } from "./conversion-alternatives";
import type { ConversionFinding } from "./conversion-review-types";
import type { PrefixMatcher } from "./mapped-convert";
import type { MappedText } from "./mapped-text";

/** What the review reads, per direction: the combined phrase+character trie, the one-to-many table, the plain converters. */
export type ReviewTables = {
  toTraditional: { trie: PrefixMatcher; alternatives: Alternatives };
  toSimplified: { trie: PrefixMatcher; alternatives: Alternatives };
  /** s2t, and its Taiwan and Hong Kong forms (a leftover is only one if no Traditional standard keeps it). */
  s2t: (text: string) => MappedText;
  s2tw: (text: string) => MappedText;
  s2hk: (text: string) => MappedText;
  t2s: (text: string) => MappedText;
};

/** A finding before the view and overrides are known: options are texts in the source's coordinates. */
export type RawFinding = Pick<ConversionFinding, "kind" | "start" | "end"> & { source: string; options: string[] };

/** Per source position, the derived character that came from it alone (a same-length conversion), else null. */
function charByPosition(mapped: MappedText): (string | null)[] {
  const out: (string | null)[] = new Array(mapped.sourceLength).fill(null);
  mapped.chars.forEach((char, k) => {
    if (mapped.to[k] - mapped.from[k] === 1 && out[mapped.from[k]] === null) out[mapped.from[k]] = char;
  });
  return out;
}

/** Longest-match spans of a trie over a text, as OpenCC converts it: [start, end) in code points. */
function matchSpans(trie: PrefixMatcher, chars: string[]): [number, number][] {
  const text = chars.join("");
  const spans: [number, number][] = [];
  let offset = 0;
  for (let i = 0; i < chars.length; ) {
    const match = trie.matchPrefix(text, offset);
    let j = i + 1;
    let end = offset + chars[i].length;
    while (match && end < match.end) end += chars[j++].length;
    spans.push([i, j]);
    offset = end;
    i = j;
  }
  return spans;
}

const unique = (texts: string[]) => [...new Set(texts)];

/**
 * Wrong-script leftovers in a paragraph: characters of the other script that the conversion to the
 * paragraph's own script would change in context (Traditional text: through Simplified and back, so a
 * mixed 采購 reads as the phrase 采购 → 採購). Grouped by the phrase that decided; options: the phrase's
 * conversion, then each character's alternatives, then the text as stored.
 */
export function findLeftovers(tables: ReviewTables, source: string, script: SourceScript): RawFinding[] {
  const chars = [...source];
  const isHant = script === "hant";
  const { alternatives, trie } = isHant ? tables.toTraditional : tables.toSimplified;
  if (!chars.some((char) => alternatives.has(char))) return [];
  // Positions in `key` equal positions in the source where its conversion kept the length (almost always).
  const key = isHant ? tables.t2s(source) : null;
  const keyChars = key && key.chars.length === chars.length ? key.chars : chars;
  const keyText = keyChars.join("");
  const fixed = charByPosition(isHant ? tables.s2t(keyText) : tables.t2s(source));
  let flagged = chars.map((char, i) => alternatives.has(char) && fixed[i] !== null && fixed[i] !== char);
  if (!flagged.some(Boolean)) return [];
  if (isHant) {
    // 台 stays 台 in Hong Kong usage: a character some Traditional standard keeps is not a leftover.
    const [tw, hk] = [charByPosition(tables.s2tw(keyText)), charByPosition(tables.s2hk(keyText))];
    flagged = flagged.map((isFlagged, i) => isFlagged && tw[i] !== chars[i] && hk[i] !== chars[i]);
  }
  const findings: RawFinding[] = [];
  for (const [start, end] of matchSpans(trie, keyChars)) {
    const positions = [];
    for (let i = start; i < end; i++) if (flagged[i]) positions.push(i);
    if (positions.length === 0) continue;
    const word = chars.slice(start, end);
    const best = word.map((char, k) => (flagged[start + k] ? fixed[start + k]! : char));
    const variants = positions.flatMap((i) => (alternatives.get(chars[i]) ?? []).map((alt) => best.map((char, k) => (start + k === i ? alt : char)).join("")));
    findings.push({ kind: "leftover", start, end, source: word.join(""), options: unique([best.join(""), ...variants, word.join("")]) });
  }
  return findings;
}

/**
 * Characters whose conversion towards `target` came from a one-to-many character entry (OpenCC's
 * phrase tables did not decide): OpenCC's pick first, then the others. Characters inside a phrase
 * match are not listed — the phrase table chose. Positions in `skip` (leftovers) are left out.
 */
export function findAmbiguous(tables: ReviewTables, source: string, target: SourceScript, skip: readonly RawFinding[] = []): RawFinding[] {
  const chars = [...source];
  const { trie, alternatives } = target === "hant" ? tables.toTraditional : tables.toSimplified;
  const findings: RawFinding[] = [];
  for (const [start, end] of matchSpans(trie, chars)) {
    if (end - start !== 1) continue;
    const options = alternatives.get(chars[start]);
    if (!options || options.length < 2 || skip.some((finding) => finding.start <= start && start < finding.end)) continue;
    findings.push({ kind: "ambiguous", start, end, source: chars[start], options: [...options] });
  }
  return findings;
}
