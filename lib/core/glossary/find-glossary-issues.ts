import type { MatchKey } from "../convert/match-key";
import { mappedString } from "../convert/mapped-text";
import type { Term } from "../model";
import { checkTermConsistency, type TermIssue } from "../qa/check-term-consistency";
import { buildTermIndex, findTermMatches } from "./find-term-matches";

export type GlossaryIssue = TermIssue & { term: Term };

/**
 * The glossary check of a whole document, as the editor does it row by row: the terms each source
 * contains (through the cross-script match key, every rendering of the same Chinese), then
 * checkTermConsistency on its translation. Only paragraphs with issues are in the map.
 */
export function findGlossaryIssues(
  segments: readonly { id: number; source: string; target: string }[],
  terms: readonly Term[],
  toKey: MatchKey,
): Map<number, GlossaryIssue[]> {
  const found = new Map<number, GlossaryIssue[]>();
  if (terms.length === 0) return found;
  // Preferred renderings first, so that they win when two terms share their Chinese.
  const ordered = [...terms].sort((a, b) => Number(a.usage === "forbidden") - Number(b.usage === "forbidden"));
  const index = buildTermIndex(ordered.map((term) => ({ id: term.id, key: mappedString(toKey(term.source)) })));
  const byId = new Map(terms.map((term) => [term.id, term]));
  for (const segment of segments) {
    if (segment.target.trim() === "") continue;
    const sources = new Set(findTermMatches(index, toKey(segment.source)).map((match) => byId.get(match.termId)?.source));
    if (sources.size === 0) continue;
    const issues = checkTermConsistency(
      terms.filter((term) => sources.has(term.source)),
      segment.target,
    );
    if (issues.length) found.set(segment.id, issues.map((issue) => ({ ...issue, term: byId.get(issue.termId)! })));
  }
  return found;
}
