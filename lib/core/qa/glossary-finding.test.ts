import { describe, expect, it } from "vitest";
import { checkTermConsistency } from "./check-term-consistency";
import { glossaryFinding } from "./glossary-finding";

describe("glossaryFinding", () => {
  it("turns the glossary check's issues into QA findings", () => {
    const terms = [
      { id: 1, source: "城管", target: "urban management", usage: "preferred" as const },
      { id: 2, source: "城管", target: "city police", usage: "forbidden" as const },
    ];
    const findings = checkTermConsistency(terms, "The city police came.").map((issue) => glossaryFinding(issue, terms.find((t) => t.id === issue.termId)!));
    expect(findings).toEqual([
      { check: "glossary", code: "glossary.forbidden", params: { source: "城管", target: "city police" }, key: "glossary.forbidden:2" },
      { check: "glossary", code: "glossary.missing", params: { source: "城管", target: "urban management" }, key: "glossary.missing:1" },
    ]);
  });
});
