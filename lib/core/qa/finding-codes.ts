// Every code a QA finding can carry, with the params its message uses. messages/*.json has one
// message per code under QaFindings (the dots nest: numbers.missing → QaFindings.numbers.missing).

export const QA_FINDING_PARAMS = {
  "numbers.missing": ["value", "expected", "form"],
  "numbers.extra": ["value"],
  "numbers.mismatch": ["value", "expected", "found", "form"],
  "dates.missingDate": ["value"],
  "dates.missingTime": ["value"],
  "untranslated.empty": [],
  "untranslated.same": [],
  "untranslated.han": ["text"],
  "length.long": ["factor"],
  "length.short": ["percent"],
  "consistency.sourceVariants": ["paragraphs", "count"],
  "consistency.targetReused": ["paragraphs", "count"],
  "punctuation.unbalanced": ["char"],
  "punctuation.fullwidth": ["text"],
  "tags.missing": ["tag"],
  "tags.extra": ["tag"],
  "tags.order": ["tag"],
  "glossary.missing": ["source", "target"],
  "glossary.forbidden": ["source", "target"],
  "mojibake.suspect": ["text"],
  "mojibake.repair": ["text", "repair"],
} as const satisfies Record<string, readonly string[]>;

export type QaFindingCode = keyof typeof QA_FINDING_PARAMS;
export const QA_FINDING_CODES = Object.keys(QA_FINDING_PARAMS) as QaFindingCode[];
