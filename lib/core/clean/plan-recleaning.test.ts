import { describe, expect, it } from "vitest";
import { matchKey, planRecleaning } from "./plan-recleaning";

const old = [
  { id: 1, source: "危難之時顯身手 * c6 p, R#", target: "" },
  { id: 2, source: "這是一場沒有硝煙的戰爭,全員出擊。", target: "This is a war without gunsmoke." },
  { id: 3, source: "* v6 T2 G2 k' u8 A0 f", target: "" },
  { id: 4, source: "下載附件", target: "Download attachment" },
  { id: 5, source: "第三段。", target: "" },
];

describe("planRecleaning", () => {
  it("carries translations to the matching new paragraphs, keeps unmatched translations, drops untranslated junk", () => {
    const plan = planRecleaning(old, [
      { kind: "heading", source: "危難之時顯身手" },
      { kind: "body", source: "這是一場沒有硝煙的戰爭，全員出擊。" },
      { kind: "body", source: "第三段。" },
    ]);
    expect(plan.rows).toEqual([
      { kind: "heading", source: "危難之時顯身手", reuseId: null },
      { kind: "body", source: "這是一場沒有硝煙的戰爭，全員出擊。", reuseId: 2 },
      { kind: "body", source: "下載附件", reuseId: 4 },
      { kind: "body", source: "第三段。", reuseId: 5 },
    ]);
    expect(plan.keptIds).toEqual([4]);
    expect(plan.deleteIds.sort()).toEqual([1, 3]);
  });

  it("keeps a translated first segment at the start", () => {
    const plan = planRecleaning([{ id: 9, source: "x", target: "kept" }, { id: 10, source: "正文。", target: "" }], [{ kind: "body", source: "正文。" }]);
    expect(plan.rows.map((r) => r.reuseId)).toEqual([9, 10]);
  });

  it("matches repeated paragraphs in order", () => {
    const plan = planRecleaning(
      [{ id: 1, source: "好。", target: "Good." }, { id: 2, source: "好。", target: "Fine." }],
      [{ kind: "body", source: "好。" }, { kind: "body", source: "好。" }],
    );
    expect(plan.rows.map((r) => r.reuseId)).toEqual([1, 2]);
  });

  it("folds full-width punctuation and spaces when matching", () => {
    expect(matchKey("全員上陣, 全力以赴!")).toBe(matchKey("全員上陣，全力以赴！"));
  });
});
