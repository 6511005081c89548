import { describe, expect, it } from "vitest";
import { sampleTranslated } from "./__fixtures__/sample-translated";
import { checkLength, LENGTH_MIN_PARAGRAPHS } from "./check-length";

describe("checkLength", () => {
  it("is quiet on a document translated evenly", () => {
    expect(checkLength(sampleTranslated())).toEqual(new Map());
  });

  it("reports a translation that stops short", () => {
    const segments = sampleTranslated();
    segments[8] = { ...segments[8], target: "876 compounds were disinfected." };
    expect(checkLength(segments)).toEqual(new Map([[9, [{ check: "length", code: "length.short", params: { percent: 21 }, key: "length.short" }]]]));
  });

  it("reports a translation that runs on", () => {
    const segments = sampleTranslated();
    segments[5] = { ...segments[5], target: segments[5].target.repeat(4) };
    const found = checkLength(segments).get(6);
    expect(found?.map((f) => f.code)).toEqual(["length.long"]);
    expect(Number(found?.[0].params.factor)).toBeGreaterThan(3);
  });

  it("says nothing without enough translated paragraphs", () => {
    const segments = sampleTranslated().slice(0, LENGTH_MIN_PARAGRAPHS - 1);
    segments[0] = { ...segments[0], target: "War." };
    expect(checkLength(segments)).toEqual(new Map());
  });

  it("ignores short and untranslated paragraphs", () => {
    const segments = [...sampleTranslated(), { id: 99, source: "下載附件", target: "Download the attachment now, please, if you are logged in", status: "draft" }, { id: 100, source: "這是一場沒有硝煙的戰爭，決戰決勝", target: "", status: "untranslated" }];
    expect(checkLength(segments)).toEqual(new Map());
  });

  it("does not count figures and file names, which are carried over, not translated", () => {
    const segments = [
      ...sampleTranslated(),
      { id: 20, source: "小區防疫執勤.jpg (1.56 MB, 下載次數: 156)", target: "Compound duty.jpg (1.56 MB, downloads: 156)", status: "translated" },
      { id: 21, source: "對城區876個小區、62條主次干道、14個公園廣場、176座公廁進行消殺", target: "876 compounds, 62 roads, 14 parks and 176 toilets were disinfected", status: "translated" },
    ];
    expect(checkLength(segments)).toEqual(new Map());
  });
});
