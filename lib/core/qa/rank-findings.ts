import type { QaFindingCode } from "./finding-codes";

// Most important first: what changes the meaning or breaks the file (a lost inline tag, garbled source
// text, a wrong number or date, a forbidden or missing glossary term, Chinese left in) before what a reviewer would only tidy
// (length, consistency across paragraphs, punctuation and spacing).
const RANK: readonly QaFindingCode[] = [
  "tags.missing",
  "mojibake.suspect",
  "mojibake.repair",
  "numbers.mismatch",
  "numbers.missing",
  "glossary.forbidden",
  "glossary.missing",
  "dates.missingDate",
  "dates.missingTime",
  "untranslated.same",
  "untranslated.empty",
  "untranslated.han",
  "tags.extra",
  "tags.order",
  "numbers.extra",
  "consistency.sourceVariants",
  "consistency.targetReused",
  "length.long",
  "length.short",
  "punctuation.unbalanced",
  "punctuation.fullwidth",
];
const RANK_OF = new Map<string, number>(RANK.map((code, i) => [code, i]));

/** The rank of a finding's code: 0 matters most; codes not ranked come last. */
export function findingRank(code: string): number {
  return RANK_OF.get(code) ?? RANK.length;
}

/** Findings ordered by importance (findingRank); equal ranks keep their order (stable). */
export function rankFindings<T extends { code: string }>(findings: readonly T[]): T[] {
  return findings
    .map((finding, i) => ({ finding, i, rank: findingRank(finding.code) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ finding }) => finding);
}
