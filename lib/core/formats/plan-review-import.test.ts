import { describe, expect, it } from "vitest";
import type { Segment } from "../model";
import { planReviewImport, type ReviewState } from "./plan-review-import";
import type { ParsedReview, ReviewRow } from "./review-file";

const segments: Segment[] = [
  { id: 10, position: 0, kind: "body", source: "你好", target: "Hello", status: "translated", version: 2 },
  { id: 11, position: 1, kind: "body", source: "世界", target: "World, edited in Duizhao", status: "translated", version: 3 },
  { id: 12, position: 2, kind: "body", source: "还没", target: "", status: "untranslated", version: 0 },
];
const state: ReviewState = {
  documentId: 5,
  fingerprint: "abc",
  segments,
  // s11 was exported at version 2, before the edit in Duizhao.
  exported: new Map([[11, { target: "World", status: "draft" }]]),
  notes: new Map([[10, [{ id: 90, note: "old note" }]]]),
};
const exportedRows: ReviewRow[] = [
  { id: "s10", source: "你好", target: "Hello", status: "translated", comment: "old note" },
  { id: "s11", source: "世界", target: "World", status: "draft", comment: "" },
  { id: "s12", source: "还没", target: "", status: "untranslated", comment: "" },
];
const review = (rows: ReviewRow[], manifest: Partial<ParsedReview["manifest"]> = {}): ParsedReview => ({
  format: "xlsx",
  manifest: { documentId: 5, fingerprint: "abc", versions: new Map([["s10", 2], ["s11", 2], ["s12", 0]]), ...manifest },
  rows,
});
const edit = (i: number, row: Partial<ReviewRow>) => exportedRows.map((original, j) => (j === i ? { ...original, ...row } : original));

describe("planReviewImport", () => {
  it("changes nothing for the file as exported, though a paragraph changed in Duizhao since", () => {
    expect(planReviewImport(state, review(exportedRows))).toEqual({ changes: [], conflicts: [], unchanged: 3, notes: [] });
  });

  it("applies a changed target and a changed status to a paragraph unchanged since the export", () => {
    const plan = planReviewImport(state, review(edit(0, { target: "Hello there", status: "Reviewed" })));
    expect(plan.changes).toEqual([{ segmentId: 10, n: 1, baseVersion: 2, target: "Hello there", status: "reviewed" }]);
    expect(plan.unchanged).toBe(2);
  });

  it("translates an untranslated paragraph as a draft; an empty status keeps the exported one", () => {
    expect(planReviewImport(state, review(edit(2, { target: "Not yet" }))).changes).toEqual([{ segmentId: 12, n: 3, baseVersion: 0, target: "Not yet", status: "draft" }]);
    expect(planReviewImport(state, review(edit(0, { target: "Hi", status: "" }))).changes).toEqual([{ segmentId: 10, n: 1, baseVersion: 2, target: "Hi", status: "translated" }]);
  });

  it("makes a conflict of a reviewer's change to a paragraph edited since the export", () => {
    const plan = planReviewImport(state, review(edit(1, { target: "The world" })));
    expect(plan.changes).toEqual([]);
    expect(plan.conflicts).toEqual([{ segmentId: 11, n: 2, baseVersion: 3, target: "The world", status: "draft" }]);
  });

  it("never clears a translation with an empty cell, reads CR LF as LF, and a text that lost its tabs (Calc) as unchanged", () => {
    expect(planReviewImport({ ...state, segments: [{ ...segments[0], target: "a\tb" }, ...segments.slice(1)] }, review(edit(0, { target: "ab" }))).changes).toEqual([]);
    expect(planReviewImport(state, review(edit(0, { target: "" }))).changes).toEqual([]);
    expect(planReviewImport({ ...state, segments: [{ ...segments[0], target: "a\nb" }, ...segments.slice(1)] }, review(edit(0, { target: "a\r\nb" }))).changes).toEqual([]);
  });

  it("turns a comment into a new note, or updates the paragraph's one note it adds to; an empty comment removes nothing", () => {
    expect(planReviewImport(state, review(edit(0, { comment: "Another matter." }))).notes).toEqual([{ segmentId: 10, n: 1, annotationId: null, note: "Another matter." }]);
    expect(planReviewImport(state, review(edit(2, { comment: " Check this " }))).notes).toEqual([{ segmentId: 12, n: 3, annotationId: null, note: "Check this" }]);
    expect(planReviewImport(state, review(edit(0, { comment: "old note, and more" }))).notes).toEqual([{ segmentId: 10, n: 1, annotationId: 90, note: "old note, and more" }]);
    expect(planReviewImport(state, review(edit(0, { comment: "" }))).notes).toEqual([]);
  });

  it("skips empty rows a spreadsheet program leaves at the end", () => {
    expect(planReviewImport(state, review([...exportedRows, { id: "", source: "", target: "", status: "", comment: " " }])).unchanged).toBe(3);
  });

  it.each([
    ["another document", review(exportedRows, { documentId: 6 }), "REVIEW_OTHER_DOCUMENT"],
    ["another database's document with the same id", review(exportedRows, { fingerprint: "xyz" }), "REVIEW_OTHER_DOCUMENT"],
    ["an edited id", review(edit(1, { id: "s111" })), "REVIEW_UNKNOWN_ID"],
    ["a row without its id", review(edit(1, { id: "" })), "REVIEW_UNKNOWN_ID"],
    ["an id the manifest does not list", review(exportedRows, { versions: new Map([["s10", 2], ["s11", 2]]) }), "REVIEW_UNKNOWN_ID"],
    ["a repeated id", review([...exportedRows, exportedRows[0]]), "REVIEW_DUPLICATE_ID"],
    ["an unknown status", review(edit(0, { status: "done" })), "REVIEW_INVALID_STATUS"],
  ])("refuses %s", (_name, file, code) => {
    expect(() => planReviewImport(state, file)).toThrow(expect.objectContaining({ code }));
  });
});
