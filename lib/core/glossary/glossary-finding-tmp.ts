import type { QaFinding } from "../qa/qa-types";
import type { GlossaryIssue } from "./find-glossary-issues";

// PROVISIONAL until qa-core's adapter is merged.
export function toGlossaryFinding(issue: GlossaryIssue): QaFinding {
  return {
    check: "glossary",
    code: issue.kind === "missing" ? "glossary.missing" : "glossary.forbidden",
    params: { source: issue.term.source, target: issue.term.target },
    key: `glossary:${issue.kind}:${issue.term.source}:${issue.term.target}`,
  };
}
