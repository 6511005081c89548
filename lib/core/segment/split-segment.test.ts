import { describe, expect, it } from "vitest";
import { planJoin } from "./join-segments";
import { planSplit, suggestSplitOffset } from "./split-segment";

const segment = {
  source: "这是第一句。𠀀这是第二句。",
  target: "This is the first sentence. This is the second.",
  status: "translated" as const,
  annotations: [
    { id: 1, start: 2, end: 4 },
    { id: 2, start: 7, end: 9 },
  ],
};

describe("planSplit", () => {
  it("keeps the translation with the first part by default and moves later annotations", () => {
    const plan = planSplit(segment, { at: 6 });
    expect(plan.first).toEqual({ source: "这是第一句。", target: segment.target, status: "draft" });
    expect(plan.second).toEqual({ source: "𠀀这是第二句。", target: "", status: "untranslated" });
    expect(plan.moved).toEqual([{ id: 2, start: 1, end: 3 }]);
  });

  it("splits the translation where the translator marked it, trimming the seam", () => {
    const plan = planSplit(segment, { at: 6, targetAt: 27 });
    expect(plan.first.target).toBe("This is the first sentence.");
    expect(plan.second).toMatchObject({ target: "This is the second.", status: "draft" });
  });

  it("counts code points: a split after 𠀀 leaves it whole", () => {
    expect(planSplit(segment, { at: 7 }).second.source).toBe("这是第二句。");
  });

  it.each([0, 14, 99, 1.5, -1])("refuses a split at %s", (at) => {
    expect(() => planSplit(segment, { at })).toThrow(expect.objectContaining({ code: "INVALID_SPLIT" }));
  });

  it("refuses a split inside an annotation but allows one at its edges", () => {
    expect(() => planSplit(segment, { at: 3 })).toThrow(expect.objectContaining({ code: "SPLIT_INSIDE_ANNOTATION" }));
    expect(planSplit(segment, { at: 4 }).moved.map((a) => a.id)).toEqual([2]);
    expect(planSplit(segment, { at: 2 }).moved.map((a) => a.id)).toEqual([1, 2]);
  });
});

describe("planJoin", () => {
  it("runs Chinese on without a space and joins translations with one", () => {
    const plan = planJoin(
      { source: "第一句。", target: "First. ", status: "reviewed" },
      { source: "第二句。", target: " Second.", status: "translated" },
    );
    expect(plan).toEqual({ source: "第一句。第二句。", target: "First. Second.", status: "translated", offset: 4 });
  });

  it("puts a space between two Latin words at the seam", () => {
    expect(planJoin({ source: "iPhone", target: "", status: "untranslated" }, { source: "15发布", target: "", status: "untranslated" })).toMatchObject({
      source: "iPhone 15发布",
      offset: 7,
      status: "untranslated",
    });
  });

  it("makes a half-translated join a draft", () => {
    expect(planJoin({ source: "甲", target: "A", status: "translated" }, { source: "乙", target: "", status: "untranslated" })).toMatchObject({
      target: "A",
      status: "draft",
    });
  });

  it("undoes a split of the source exactly", () => {
    const { first, second } = planSplit(segment, { at: 6 });
    expect(planJoin(first, second).source).toBe(segment.source);
  });
});

describe("suggestSplitOffset", () => {
  it.each([
    ["第一句。第二句。", 4],
    ["短。这是比较长的第二句话。第三句。", 13],
    ["没有标点的一句话", 4],
    ["甲乙", 1],
    ["甲", 1],
  ])("%s splits at %i", (source, at) => {
    expect(suggestSplitOffset(source)).toBe(at);
  });
});
