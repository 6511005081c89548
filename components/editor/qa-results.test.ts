import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { tagChar } from "@/lib/core/formats/inline-tag-chars";
import { checkMojibake } from "@/lib/core/qa/check-mojibake";
import type { Segment } from "@/lib/core/model";
import { loadMatchKey } from "@/lib/core/convert/match-key";
import { EditorStore } from "./editor-store";
import { MarksStore } from "./marks-store";
import { QA_PAUSE_MS, QaResults } from "./qa-results";
import type { SaveAction } from "./segment-saver";

const segment = (id: number, source: string, target = ""): Segment => ({ id, position: id, kind: "body", source, target, status: target ? "translated" : "untranslated", version: 0 });

/** An editor on an in-memory server that accepts every save. */
function editor(segments: Segment[]) {
  const versions = new Map(segments.map((s) => [s.id, 0]));
  const save: SaveAction = async (request) => {
    const version = (versions.get(request.segmentId) ?? 0) + 1;
    versions.set(request.segmentId, version);
    const base = segments.find((s) => s.id === request.segmentId)!;
    return { ok: true, data: { kind: "saved", segment: { ...base, target: request.target, status: request.status, version } } };
  };
  const store = new EditorStore(1, segments, { save, keepRefused: async () => ({ ok: false, code: "UNEXPECTED" }) });
  const marks = new MarksStore(store, [], []);
  return { store, marks, qa: new QaResults(store, marks, []) };
}

const type = async (store: EditorStore, id: number, target: string) => {
  store.edit(id, { target, status: "translated" }, { isTyping: true });
  await vi.runAllTimersAsync();
};
const codes = (qa: QaResults, id: number) => qa.findingsOf(id).map((f) => (f.isIgnored ? `${f.code} (ignored)` : f.code));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("QaResults", () => {
  it("checks a paragraph being typed only after a pause: a half-typed number flags nothing until then", async () => {
    const { store, qa } = editor([segment(1, "感染人數達2萬余人次。")]);
    const keys = (target: string) => {
      qa.typed(1);
      store.edit(1, { target, status: "draft" }, { isTyping: true });
    };
    keys("More than 2");
    await vi.advanceTimersByTimeAsync(QA_PAUSE_MS - 100);
    keys("More than 2,000");
    await vi.advanceTimersByTimeAsync(QA_PAUSE_MS - 100);
    expect(codes(qa, 1)).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(codes(qa, 1)).toEqual(["numbers.mismatch"]);
    keys("More than 20,000 people were infected.");
    expect(codes(qa, 1)).toEqual(["numbers.mismatch"]);
    await type(store, 1, "More than 20,000 people were infected.");
    expect(codes(qa, 1)).toEqual([]);
  });

  it("checks at once when the translator leaves the paragraph", () => {
    const { store, qa } = editor([segment(1, "感染人數達2萬余人次。")]);
    qa.typed(1);
    store.edit(1, { target: "More than 2,000", status: "draft" }, { isTyping: true });
    expect(codes(qa, 1)).toEqual([]);
    qa.settle(1);
    expect(codes(qa, 1)).toEqual(["numbers.mismatch"]);
  });

  it("shows the warning that matters first", () => {
    const tag = tagChar("standalone", 1);
    const { qa } = editor([segment(1, `見${tag}附件。`, "See the attachment。")]);
    expect(codes(qa, 1)).toEqual(["tags.missing", "punctuation.fullwidth"]);
  });

  it("flags an ignored warning instead of dropping it, and takes the ignore back", async () => {
    const { qa } = editor([segment(1, "共有3名醫生。", "There were 5 doctors.")]);
    const [finding] = qa.findingsOf(1);
    const seen = [qa.getSnapshot()];
    qa.subscribe(() => seen.push(qa.getSnapshot()));
    qa.setIgnored({ segmentId: 1, key: finding.key }, true);
    expect(codes(qa, 1)).toEqual(["numbers.mismatch (ignored)"]);
    qa.setIgnored({ segmentId: 1, key: finding.key }, false);
    expect(codes(qa, 1)).toEqual(["numbers.mismatch"]);
    expect(new Set(seen).size).toBe(3);
  });

  it("keeps the checks that compare paragraphs from the last run only while a paragraph's text is the one it saw", async () => {
    const { store, qa } = editor([segment(1, "城管来了。", "The city managers came here."), segment(2, "城管来了。", "The urban police came here.")]);
    expect(codes(qa, 1)).toEqual([]);
    expect(qa.isStale()).toBe(true);
    qa.runDocument();
    expect(codes(qa, 1)).toEqual(["consistency.sourceVariants"]);
    expect(qa.isStale()).toBe(false);
    await type(store, 2, "The city managers came here.");
    expect(qa.isStale()).toBe(true);
    expect(codes(qa, 2)).toEqual([]);
    qa.runDocument();
    expect([...codes(qa, 1), ...codes(qa, 2)]).toEqual([]);
  });

  it("garbled source text: flagged on every paragraph once the lazily loaded check arrives, a row in view at once, until ignored", async () => {
    const garbled = "關鍵時刻站得出來,危急關頭頂?shù)蒙先?。隔離點";
    const segments = Array.from({ length: 300 }, (_, i) => segment(i + 1, i % 100 === 49 ? garbled : `第${i + 1}段沒有問題的正文。`));
    const { store, qa } = editor(segments);
    const ignore = vi.fn();
    qa.setIgnoreHandler(ignore);
    expect(codes(qa, 50)).toEqual([]);
    let notified = 0;
    qa.subscribe(() => notified++);
    qa.setGarbledCheck(checkMojibake);
    expect(qa.rowFindingsOf(50).map((f) => f.code)).toEqual(["mojibake.suspect"]);
    await vi.runAllTimersAsync();
    expect(notified).toBeGreaterThan(0);
    expect([50, 150, 250].map((id) => codes(qa, id))).toEqual([["mojibake.suspect"], ["mojibake.suspect"], ["mojibake.suspect"]]);
    expect(codes(qa, 51)).toEqual([]);
    expect(qa.findingsOf(50)[0]).toMatchObject({ key: "mojibake:?shù)蒙先?", sourceRange: { start: 14, end: 22 } });
    qa.dismiss(50, "mojibake:?shù)蒙先?");
    expect(ignore).toHaveBeenCalledWith(50, "mojibake:?shù)蒙先?", true);
    qa.setIgnored({ segmentId: 50, key: "mojibake:?shù)蒙先?" }, true);
    expect(codes(qa, 50)).toEqual(["mojibake.suspect (ignored)"]);
    store.edit(150, { target: "Done.", status: "translated" }, { immediate: true });
    await vi.runAllTimersAsync();
    expect(codes(qa, 150)).toEqual(["mojibake.suspect"]);
  });

  it("a glossary term added while the editor is open flags a translation that ignores it, and the panel is told", async () => {
    const { marks, qa } = editor([segment(1, "城管來了。", "The urban police came.")]);
    const stop = qa.connect();
    marks.setMatching(await loadMatchKey(), "");
    const before = qa.getSnapshot();
    expect(codes(qa, 1)).toEqual([]);
    marks.setTerms([{ id: 7, documentId: null, projectId: null, source: "城管", target: "city management", note: "", usage: "preferred", status: "approved", proposedBy: "" }]);
    expect(qa.getSnapshot()).not.toBe(before);
    expect(qa.getSnapshot().findingsOf(1).map((f) => f.code)).toEqual(["glossary.missing"]);
    stop();
  });

  it("a status chosen (not typed) gives new warnings at once; typing waits for the pause", async () => {
    const { store, qa } = editor([segment(1, "共有3名醫生。", "There were 5 doctors.")]);
    const stop = qa.connect();
    const first = qa.getSnapshot();
    qa.typed(1);
    store.edit(1, { target: "There were 5 doctors!", status: "translated" }, { isTyping: true });
    expect(qa.getSnapshot()).toBe(first);
    await vi.runAllTimersAsync();
    const settled = qa.getSnapshot();
    expect(settled).not.toBe(first);
    store.edit(1, { target: "There were 5 doctors!", status: "reviewed" }, { immediate: true });
    expect(qa.getSnapshot()).not.toBe(settled);
    stop();
    const stopped = qa.getSnapshot();
    store.edit(1, { target: "There were 5 doctors!", status: "translated" }, { immediate: true });
    expect(qa.getSnapshot()).toBe(stopped);
  });
});
