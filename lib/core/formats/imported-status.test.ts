import { describe, expect, it } from "vitest";
import type { Segment, SegmentStatus } from "../model";
import { importedStatus } from "./imported-status";
import { planImport } from "./plan-import";

describe("importedStatus", () => {
  it.each<[string, SegmentStatus, string, SegmentStatus, boolean, SegmentStatus]>([
    // a new text takes the file's status, up or down
    ["Old", "reviewed", "New", "draft", false, "draft"],
    ["Old", "draft", "New", "translated", false, "translated"],
    ["Old", "reviewed", "New", "draft", true, "draft"],
    // the same text rises
    ["Same", "draft", "Same", "translated", false, "translated"],
    ["Same", "translated", "Same", "reviewed", false, "reviewed"],
    // and goes back to draft only when the file says the unit needs work
    ["Same", "reviewed", "Same", "draft", false, "draft"],
    ["Same", "translated", "Same", "draft", false, "draft"],
    // a status the file does not state, or "translated" for a reviewed paragraph, lowers nothing
    ["Same", "reviewed", "Same", "draft", true, "reviewed"],
    ["Same", "translated", "Same", "draft", true, "translated"],
    ["Same", "reviewed", "Same", "translated", false, "reviewed"],
  ])("%s (%s) ← %s (%s, implied %s): %s", (target, status, fileTarget, fileStatus, isStatusImplied, expected) => {
    expect(importedStatus({ target, status }, { target: fileTarget, status: fileStatus, isStatusImplied })).toBe(expected);
  });
});

describe("planImport never lowers a status the file does not lower", () => {
  const segment = (id: number, target: string, status: SegmentStatus): Segment => ({ id, position: id, kind: "body", source: `第${id}段`, target, status, version: 1 });
  const segments = [segment(1, "One", "reviewed"), segment(2, "Two", "translated"), segment(3, "", "untranslated"), segment(4, "Four", "translated")];

  it("a PO round trip (reviewed back as translated) and a tool that writes no state change nothing", () => {
    const plan = planImport(segments, [
      { id: "s1", kind: "body", source: "第1段", target: "One", status: "translated" },
      { id: "s2", kind: "body", source: "第2段", target: "Two", status: "draft", isStatusImplied: true },
      { id: "s3", kind: "body", source: "第3段", target: "", status: "untranslated" },
      { id: "s4", kind: "body", source: "第4段", target: "Four", status: "draft" },
    ]);
    expect(plan.changes).toEqual([{ segmentId: 4, n: 4, baseVersion: 1, target: "Four", status: "draft" }]);
    expect(plan.unchanged).toBe(3);
  });
});
