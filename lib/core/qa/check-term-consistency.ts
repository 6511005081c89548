import type { TermUsage } from "../model";
import { hasEnglishTerm } from "./has-english-term";

export type CheckedTerm = { id: number; source: string; target: string; usage: TermUsage };

/** A term the translation does not follow: a preferred English missing, or a forbidden one used. */
export type TermIssue = { termId: number; kind: "missing" | "forbidden" };

/**
 * The consistency check of one paragraph: for each term its source contains, the translation must
 * contain the preferred English (any one of the preferred renderings of the same Chinese) and none
 * of the forbidden ones. An empty translation is not checked.
 */
export function checkTermConsistency(found: readonly CheckedTerm[], target: string): TermIssue[] {
  if (target.trim() === "") return [];
  const issues: TermIssue[] = [];
  const preferredBySource = new Map<string, CheckedTerm[]>();
  for (const term of found) {
    if (term.usage === "forbidden") {
      if (hasEnglishTerm(target, term.target)) issues.push({ termId: term.id, kind: "forbidden" });
    } else preferredBySource.set(term.source, [...(preferredBySource.get(term.source) ?? []), term]);
  }
  for (const renderings of preferredBySource.values()) {
    if (!renderings.some((term) => hasEnglishTerm(target, term.target))) issues.push({ termId: renderings[0].id, kind: "missing" });
  }
  return issues;
}
