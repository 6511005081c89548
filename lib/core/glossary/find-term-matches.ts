import type { MappedText } from "../convert/mapped-text";
import { buildMultiMatcher, type MultiMatcher } from "./aho-corasick";

/** A glossary term as matching needs it: `key` is its source through the cross-script match key. */
export type MatchableTerm = { id: number; key: string };

/** Where a term occurs in a source: code points, half-open [start, end), in the stored source. */
export type TermMatch = { termId: number; start: number; end: number };

export type TermIndex = { matcher: MultiMatcher; termIds: number[] };

/** Builds the matcher of a glossary once; terms sharing a key keep the first (callers list preferred first). */
export function buildTermIndex(terms: readonly MatchableTerm[]): TermIndex {
  return { matcher: buildMultiMatcher(terms.map((term) => [...term.key])), termIds: terms.map((term) => term.id) };
}

/**
 * Every glossary term in a source, longest match first and without overlaps. `key` is the source's
 * match key (Simplified, folded), so a term written in either script matches a source in either.
 */
export function findTermMatches(index: TermIndex, key: MappedText): TermMatch[] {
  return index.matcher.findAll(key.chars).map((match) => ({
    termId: index.termIds[match.pattern],
    start: key.from[match.start],
    end: key.to[match.end - 1],
  }));
}
