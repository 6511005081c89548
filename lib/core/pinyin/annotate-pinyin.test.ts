import { describe, expect, it } from "vitest";
import { loadPinyinAnnotator } from "./annotate-pinyin";

describe("loadPinyinAnnotator", () => {
  it.each([
    ["银行", ["yín", "háng"]],
    ["銀行", ["yín", "háng"]],
    ["重庆", ["chóng", "qìng"]],
    ["重慶", ["chóng", "qìng"]],
    ["他很行", ["tā", "hěn", "xíng"]],
    ["重要", ["zhòng", "yào"]],
  ])("reads %s in context", async (text, expected) => {
    const annotate = await loadPinyinAnnotator();
    expect(annotate(text)).toEqual(expected);
  });

  it("leaves punctuation, Latin letters and digits unannotated, one entry per code point", async () => {
    const annotate = await loadPinyinAnnotator();
    expect(annotate("隨州，A1𠀀")).toEqual(["suí", "zhōu", null, null, null, null]);
  });
});
