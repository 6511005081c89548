import { describe, expect, it } from "vitest";
import { loadMatchKey } from "@/lib/core/convert/match-key";
import { mappedString } from "@/lib/core/convert/mapped-text";
import type { AnnotationMark, Segment, Term } from "@/lib/core/model";
import { EditorStore } from "./editor-store";
import { MarksStore } from "./marks-store";

const segment = (id: number, source: string): Segment => ({ id, position: id, kind: "body", source, target: "", status: "untranslated", version: 0 });
const annotation = (id: number, segmentId: number, start: number, end: number): AnnotationMark =>
  ({ id, segmentId, start, end, quote: "", gloss: "gloss", note: "", pinyin: "", category: "other", isDetached: false }) as AnnotationMark;
const term = (id: number, source: string, target: string, usage: Term["usage"] = "preferred", status: Term["status"] = "approved"): Term => ({ id, documentId: null, projectId: null, source, target, note: "", usage, status, proposedBy: "" });

function marksOn(sources: string[]) {
  const store = new EditorStore(1, sources.map((source, i) => segment(i + 1, source)), {
    save: async () => ({ ok: false, code: "UNEXPECTED" }),
    keepRefused: async () => ({ ok: false, code: "UNEXPECTED" }),
  });
  return new MarksStore(store, [], []);
}

describe("MarksStore", () => {
  it("keeps a row's marks and the snapshot the same object until an input changes, and tells subscribers once per change", () => {
    const marks = marksOn(["城管來了。", "沒有標記。"]);
    const snapshot = marks.getSnapshot();
    const first = marks.marksOf(1);
    expect(marks.marksOf(1)).toBe(first);
    let told = 0;
    marks.subscribe(() => told++);
    marks.setAnnotations([annotation(5, 1, 0, 2)]);
    expect(told).toBe(1);
    expect(marks.getSnapshot()).not.toBe(snapshot);
    expect(marks.getSnapshot().hasNotes(1)).toBe(true);
    expect(marks.marksOf(1)).toMatchObject([{ start: 0, end: 2, annotationId: 5, label: "gloss" }]);
    expect(marks.marksOf(2)).toEqual([]);
    const same = marks.getSnapshot();
    marks.setAnnotations(same.annotations);
    expect(told).toBe(1);
    expect(marks.getSnapshot()).toBe(same);
  });

  it("finds glossary terms and the find query in any script once the match key is there", async () => {
    const marks = marksOn(["城管來了，城管走了。"]);
    marks.setTerms([term(1, "城管", "city management"), term(2, "城管", "chengguan", "forbidden")]);
    expect(marks.marksOf(1)).toEqual([]);
    const toKey = await loadMatchKey();
    marks.setMatching(toKey, mappedString(toKey("来了")));
    const drawn = marks.marksOf(1);
    expect(drawn.filter((mark) => mark.className === "term").map((mark) => [mark.start, mark.termId])).toEqual([
      [0, 1],
      [5, 1],
    ]);
    expect(drawn.filter((mark) => mark.className === "find-match").map((mark) => [mark.start, mark.end])).toEqual([[2, 4]]);
    expect(marks.termsIn(1).map((t) => t.usage)).toEqual(["preferred", "forbidden"]);
    expect(marks.glossaryIssuesOf(1, "The chengguan came.").map((issue) => issue.kind)).toContain("forbidden");
    expect(marks.getSnapshot().sourceKeyOf(1)).toContain("城管来了");
  });

  it("draws a proposed term as proposed, and checks the translation against approved terms only", async () => {
    const marks = marksOn(["城管来了，执法委也来了。"]);
    marks.setTerms([term(1, "城管", "urban management"), term(2, "执法委", "enforcement commission", "preferred", "proposed")]);
    marks.setMatching(await loadMatchKey(), "");
    expect(marks.marksOf(1).map((mark) => [mark.termId, mark.className, mark.isProposed])).toEqual([
      [1, "term", undefined],
      [2, "term term-proposed", true],
    ]);
    expect(marks.termsIn(1).map((t) => t.id)).toEqual([1, 2]);
    expect(marks.glossaryIssuesOf(1, "The chengguan came, the commission too.").map((issue) => issue.termId)).toEqual([1]);
  });

  it("draws an approved term rather than a proposal with the same Chinese, whatever their order and usage", async () => {
    const marks = marksOn(["城管来了。"]);
    marks.setTerms([term(1, "城管", "city inspectors", "preferred", "proposed"), term(2, "城管", "chengguan", "forbidden")]);
    marks.setMatching(await loadMatchKey(), "");
    expect(marks.marksOf(1).map((mark) => [mark.termId, mark.className])).toEqual([[2, "term"]]);
  });
});
