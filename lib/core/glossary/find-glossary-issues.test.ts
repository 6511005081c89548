import { beforeAll, describe, expect, it } from "vitest";
import { loadMatchKey, type MatchKey } from "../convert/match-key";
import type { Term } from "../model";
import { findGlossaryIssues } from "./find-glossary-issues";

const term = (id: number, source: string, target: string, usage: Term["usage"] = "preferred", status: Term["status"] = "approved"): Term => ({ id, documentId: null, projectId: null, source, target, note: "", usage, status, proposedBy: "" });

let toKey: MatchKey;
beforeAll(async () => {
  toKey = await loadMatchKey();
});

describe("findGlossaryIssues", () => {
  it("finds a missing preferred rendering and a forbidden one, across scripts", () => {
    const terms = [term(1, "城管", "urban management"), term(2, "城管", "chengguan", "forbidden")];
    const issues = findGlossaryIssues(
      [
        { id: 10, source: "城管來了。", target: "The chengguan came." },
        { id: 11, source: "城管来了。", target: "Urban management came." },
        { id: 12, source: "城管来了。", target: "" },
      ],
      terms,
      toKey,
    );
    expect([...issues.keys()]).toEqual([10]);
    expect(issues.get(10)!.map((issue) => [issue.kind, issue.term.target])).toEqual([
      ["forbidden", "chengguan"],
      ["missing", "urban management"],
    ]);
  });

  it("finds nothing without terms or without a term in the source", () => {
    expect(findGlossaryIssues([{ id: 1, source: "天气很好。", target: "Fine weather." }], [term(1, "城管", "urban management")], toKey).size).toBe(0);
    expect(findGlossaryIssues([{ id: 1, source: "城管", target: "x" }], [], toKey).size).toBe(0);
  });
});
