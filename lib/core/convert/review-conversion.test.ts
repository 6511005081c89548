import { describe, expect, it } from "vitest";
import { mappedString, toViewRange } from "./mapped-text";
import { loadConversionReviewer, reviewConversion } from "./review-conversion";
import type { ConversionOverride } from "./conversion-review-types";

const override = (fields: Partial<ConversionOverride> & Pick<ConversionOverride, "from" | "to">): ConversionOverride => ({
  id: 1,
  documentId: 1,
  segmentId: null,
  start: null,
  script: "original",
  ...fields,
});

describe("reviewConversion", () => {
  // The sample's bad converter left Simplified characters in a Traditional text.
  it.each([
    ["我是干部我帶頭", "干部", "幹部"],
    ["代為采購生活必需品", "采購", "採購"],
    ["新冠疫情發生后，", "后", "後"],
    ["關鍵在于趕時間", "在于", "在於"],
    ["于是馬上聯系", "于是", "於是"],
    ["安排200余名園林職工", "余名", "餘名"],
  ])("in %s finds the leftover %s and offers %s first", async (text, source, best) => {
    const found = (await reviewConversion(text, "hant", { view: "hant" })).find((finding) => finding.source === source);
    expect(found).toMatchObject({ kind: "leftover", shown: source });
    expect(found!.options[0].text).toBe(best);
    // The text as stored stays a choice: the translator decides.
    expect(found!.options.map((option) => option.text)).toContain(source);
  });

  it("leaves characters that are right in Traditional text: 皇后, 天干, 台灣 (Hong Kong usage)", async () => {
    expect(await reviewConversion("皇后來了，天干地支，台灣的公里數。", "hant")).toEqual([]);
  });

  it("finds Traditional leftovers in a Simplified text, but not 著名 (the phrase table keeps it)", async () => {
    const findings = await reviewConversion("著名作家的頭发", "hans", { view: "original" });
    expect(findings.map((finding) => [finding.kind, finding.source, finding.options[0].text])).toEqual([["leftover", "頭", "头"]]);
  });

  it("marks a character OpenCC converts one-to-many by its character table, not where a phrase decided", async () => {
    const findings = await reviewConversion("头发和发展，他们发", "hans");
    // 头发 and 发展 are phrases; the last 发 is the character table's pick.
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: "ambiguous", start: 8, end: 9, shown: "發", source: "发" });
    expect(findings[0].options.map((option) => option.text)).toEqual(["發", "髮"]);
  });

  it("finds nothing in the view as written of a clean text", async () => {
    expect(await reviewConversion("头发和发展", "hans", { view: "original" })).toEqual([]);
    expect(await reviewConversion("頭髮和發展", "hant")).toEqual([]);
  });

  it("applies a leftover override in every view and says which override stands", async () => {
    const review = await loadConversionReviewer();
    const overrides = [override({ id: 7, from: "干部", to: "幹部" })];
    const text = "黨員干部和干部";
    for (const [view, shown] of [["original", "黨員幹部和幹部"], ["hant", "黨員幹部和幹部"], ["hans", "党员干部和干部"], ["tw", "黨員幹部和幹部"]] as const) {
      const { mapped, findings } = review(text, "hant", { view, overrides, segmentId: 3 });
      expect(mappedString(mapped)).toBe(shown);
      expect(findings.map((finding) => [finding.overrideId, finding.options[0].text])).toEqual([[7, "幹部"], [7, "幹部"]]);
      expect(toViewRange(mapped, 5, 7)).toEqual([5, 7]);
    }
  });

  it("applies a one-occurrence override only there, and an ambiguous pick only in views of its script", async () => {
    const review = await loadConversionReviewer();
    const overrides = [override({ id: 2, from: "发", to: "髮", segmentId: 3, start: 3, script: "hant" })];
    expect(mappedString(review("他发了发", "hans", { view: "hant", overrides, segmentId: 3 }).mapped)).toBe("他發了髮");
    expect(mappedString(review("他发了发", "hans", { view: "hk", overrides, segmentId: 3 }).mapped)).toBe("他發了髮");
    expect(mappedString(review("他发了发", "hans", { view: "original", overrides, segmentId: 3 }).mapped)).toBe("他发了发");
    expect(mappedString(review("他发了发", "hans", { view: "hant", overrides, segmentId: 4 }).mapped)).toBe("他發了發");
  });

  it("gives each option the sense the describer finds", async () => {
    const findings = await reviewConversion("我是干部", "hant", { describe: (text) => (text === "幹部" ? "cadre" : "") });
    expect(findings[0].options[0]).toEqual({ text: "幹部", hint: "cadre" });
  });
});
