import { describe, expect, it } from "vitest";
import { createTerm, deleteTerm, findTerms, importTerms, updateTerm } from "./glossary";
import { buildDocument } from "./testing/builders";

describe("glossary", () => {
  it("adds, edits, searches and deletes terms; document terms are seen only by their document", async () => {
    const documentId = await buildDocument();
    const term = await createTerm({ source: " 城管 ", target: "urban management", note: "", usage: "preferred" });
    expect(term).toMatchObject({ source: "城管", documentId: null });
    await createTerm({ source: "执法委", target: "enforcement commission", note: "", usage: "preferred", documentId });
    expect((await findTerms({ documentId })).map((t) => t.source)).toEqual(expect.arrayContaining(["城管", "执法委"]));
    expect((await findTerms()).some((t) => t.source === "执法委")).toBe(false);
    await updateTerm({ id: term.id, source: "城管", target: "chengguan", note: "n", usage: "forbidden" });
    expect(await findTerms({ query: "chengguan" })).toMatchObject([{ id: term.id, usage: "forbidden" }]);
    await deleteTerm({ id: term.id });
    await expect(deleteTerm({ id: term.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("imports in one transaction, updating a term with the same Chinese and English", async () => {
    const first = await importTerms({ terms: [{ source: "隨州", target: "Suizhou", note: "", usage: "preferred" }] });
    expect(first).toEqual({ added: 1, updated: 0, skipped: 0 });
    const again = await importTerms({
      terms: [
        { source: "隨州", target: "Suizhou", note: "city in Hubei", usage: "preferred" },
        { source: "疫情", target: "epidemic", note: "", usage: "preferred" },
        { source: "疫情", target: "epidemic", note: "", usage: "preferred" },
      ],
    });
    expect(again).toEqual({ added: 1, updated: 1, skipped: 1 });
    const unchanged = await importTerms({ terms: [{ source: "隨州", target: "Suizhou", note: "city in Hubei", usage: "preferred" }] });
    expect(unchanged, "a term already there as it is").toEqual({ added: 0, updated: 0, skipped: 1 });
    expect(await findTerms({ query: "Hubei" })).toMatchObject([{ source: "隨州" }]);
    expect(await findTerms({ query: "hUBEI" }), "search ignores case").toMatchObject([{ source: "隨州" }]);
    await expect(importTerms({ terms: [{ source: "新词", target: "new word", note: "", usage: "preferred" }, { source: "", target: "x", note: "", usage: "preferred" }] })).rejects.toMatchObject({ code: "INVALID_TERM" });
    expect(await findTerms({ query: "new word" }), "a refused import adds nothing").toEqual([]);
  });

  it("an import (a reviewer's) adds approved terms and approves a proposal it names", async () => {
    const proposal = await createTerm({ source: "巡查组", target: "patrol team", note: "", usage: "preferred", status: "proposed", author: "translator-1" });
    expect(proposal).toMatchObject({ status: "proposed", proposedBy: "translator-1" });
    const result = await importTerms({ terms: [{ source: "巡查组", target: "patrol team", note: "", usage: "preferred" }, { source: "督导组", target: "supervision team", note: "", usage: "preferred" }], author: "reviewer-1" });
    expect(result).toEqual({ added: 1, updated: 1, skipped: 0 });
    expect(await findTerms({ query: "team", status: "proposed" })).not.toContainEqual(expect.objectContaining({ source: "巡查组" }));
    expect((await findTerms({ query: "team" })).filter((t) => t.source === "巡查组" || t.source === "督导组").map((t) => [t.source, t.status, t.proposedBy])).toEqual([
      ["巡查组", "approved", "translator-1"],
      ["督导组", "approved", "reviewer-1"],
    ]);
  });
});
