import type { TermIssue } from "./check-term-consistency";
import type { QaFinding } from "./qa-types";

// The glossary check (check-term-consistency.ts) as QA findings, so that the panel lists them with
// the others. Codes: glossary.missing / glossary.forbidden {source, target}.

/** A TermIssue as a QaFinding; `term` is the glossary term the issue names. */
export function glossaryFinding(issue: TermIssue, term: { source: string; target: string }): QaFinding {
  return {
    check: "glossary",
    code: `glossary.${issue.kind}`,
    params: { source: term.source, target: term.target },
    key: `glossary.${issue.kind}:${issue.termId}`,
  };
}
