import { describe, expect, it } from "vitest";
import { sampleTranslated } from "./__fixtures__/sample-translated";
import { checkConsistency } from "./check-consistency";

const seg = (id: number, source: string, target: string) => ({ id, source, target, status: "draft" });

describe("checkConsistency", () => {
  it("is quiet on a document without repeats", () => {
    expect(checkConsistency(sampleTranslated())).toEqual(new Map());
  });

  it("reports one source translated two ways, on both paragraphs", () => {
    const found = checkConsistency([
      seg(10, "下載附件", "Download attachment"),
      seg(11, "逆風而行，向險而進。", "Against the wind, towards the danger."),
      seg(12, "下載附件", "Download the attachment"),
      seg(13, "下載附件", "download  attachment"),
    ]);
    expect(found.get(10)).toEqual([{ check: "consistency", code: "consistency.sourceVariants", params: { paragraphs: "3", count: 1 }, key: "consistency.sourceVariants" }]);
    expect(found.get(12)?.[0].params).toEqual({ paragraphs: "1, 4", count: 2 });
    expect(found.get(13)?.[0].params).toEqual({ paragraphs: "3", count: 1 });
    expect(found.has(11)).toBe(false);
  });

  it("treats full-width and extra spaces as the same source", () => {
    expect(checkConsistency([seg(1, "ＡＢＣ 公司", "The ABC company"), seg(2, "ABC  公司", "The ABC company")])).toEqual(new Map());
  });

  it("reports one translation given to different sources", () => {
    const found = checkConsistency([seg(1, "逆風而行，向險而進。", "Against the wind, towards the danger."), seg(2, "迎難而上 向險而進", "Against the wind, towards the danger.")]);
    expect(found.get(1)?.map((f) => f.key)).toEqual(["consistency.targetReused"]);
    expect(found.get(2)?.[0].params).toEqual({ paragraphs: "1", count: 1 });
  });

  it("lets a short translation serve different sources", () => {
    expect(checkConsistency([seg(1, "下載附件", "Download"), seg(2, "下载附件", "Download")])).toEqual(new Map());
  });

  it("lists at most five paragraphs", () => {
    const segments = [seg(1, "下載附件", "Download it")];
    for (let id = 2; id <= 8; id++) segments.push(seg(id, "下載附件", "Download the file"));
    expect(checkConsistency(segments).get(1)?.[0].params).toEqual({ paragraphs: "2, 3, 4, 5, 6, …", count: 7 });
  });
});

describe("checkConsistency on a large document", () => {
  it("finds the one repeat among thousands of different paragraphs", () => {
    const segments = Array.from({ length: 5000 }, (_, i) => seg(i + 1, `第${i}段原文`, `Paragraph ${i} in English`));
    segments.push(seg(5001, "第17段原文", "The seventeenth paragraph, differently"));
    const found = checkConsistency(segments);
    expect([...found.keys()]).toEqual([18, 5001]);
    expect(found.get(5001)?.[0].params).toEqual({ paragraphs: "18", count: 1 });
  });
});
