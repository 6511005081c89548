import { describe, expect, it } from "vitest";
import { loadMatchKey } from "@/lib/core/convert/match-key";
import { previewReplace, scopeIds } from "./replace-preview";

const QUERY = { find: "", replace: "", isRegex: false, isWholeWord: false, isCaseSensitive: false };
const paragraphs = [
  { id: 1, version: 3, source: "隨州的城牆。", target: "The walls of Suizhou.", isLocked: false },
  { id: 2, version: 1, source: "别的段落。", target: "Another paragraph.", isLocked: false },
  { id: 3, version: 2, source: "随州又来了。", target: "Suizhou again.", isLocked: true },
];

describe("previewReplace", () => {
  it("lists the changes in the translations with the version previewed and the lock", () => {
    const preview = previewReplace(paragraphs, { ...QUERY, find: "Suizhou", replace: "随州" }, "targets", null, null);
    expect(preview).toMatchObject({ kind: "ready", matchCount: 2 });
    expect(preview.kind === "ready" && preview.items.map((item) => [item.id, item.version, item.after, item.isLocked])).toEqual([
      [1, 3, "The walls of 随州.", false],
      [3, 2, "随州 again.", true],
    ]);
  });

  it("finds in the sources across scripts through the match key, the matches drawn on the source as stored", async () => {
    const toKey = await loadMatchKey();
    const preview = previewReplace(paragraphs, { ...QUERY, find: "随州" }, "sources", (id) => toKey(paragraphs.find((p) => p.id === id)!.source), toKey);
    expect(preview.kind === "ready" && preview.items.map((item) => [item.id, item.before, item.matches, item.after])).toEqual([
      [1, "隨州的城牆。", [{ start: 0, end: 2 }], undefined],
      [3, "随州又来了。", [{ start: 0, end: 2 }], undefined],
    ]);
  });

  it("says why a search is refused instead of throwing", () => {
    expect(previewReplace(paragraphs, { ...QUERY, isRegex: true, find: "a*" }, "targets", null, null)).toEqual({ kind: "failed", code: "REGEX_EMPTY_MATCH", params: {} });
    expect(previewReplace(paragraphs, QUERY, "targets", null, null)).toEqual({ kind: "empty" });
  });
});

describe("scopeIds", () => {
  const order = [1, 2, 3];
  const termsIn = (id: number) => (id === 2 ? [{ source: "段落" }] : []);
  it("is every paragraph, those the filter shows, or those with the term", () => {
    expect(scopeIds("all", "", { order, visible: [3], termsIn })).toEqual([1, 2, 3]);
    expect(scopeIds("filter", "", { order, visible: [3], termsIn })).toEqual([3]);
    expect(scopeIds("term", "段落", { order, visible: [3], termsIn })).toEqual([2]);
    expect(scopeIds("term", "城牆", { order, visible: [3], termsIn })).toEqual([]);
  });
});
