import { describe, expect, it } from "vitest";
import { checkParagraph } from "./check-paragraph";

const segment = (source: string, target: string, status = "draft") => ({ id: 7, source, target, status });
const keys = (source: string, target: string, status?: string) => checkParagraph(segment(source, target, status)).map((f) => f.key);

describe("checkParagraph", () => {
  it("warns about a number of the sample written with the wrong scale", () => {
    expect(keys("疫情期間，值守人員共勸離勸返外出市民2萬余人次。", "During the outbreak the guards turned back 2,000 residents.")).toEqual([
      "numbers.mismatch:20000:2000",
    ]);
  });

  it("is quiet on a faithful translation", () => {
    expect(keys("疫情期間，值守人員共勸離勸返外出市民2萬余人次。", "During the outbreak the guards turned back more than 20,000 residents.")).toEqual([]);
  });

  it("does not check a paragraph without a translation", () => {
    expect(keys("熊家社區3萬居民", "   ")).toEqual([]);
  });
});

describe("checkParagraph runs every one-paragraph check", () => {
  it("reports an empty translation marked translated", () => {
    expect(keys("熊家社區3萬居民", "", "translated")).toEqual(["untranslated.empty"]);
  });

  it("reports a pasted source once", () => {
    expect(keys("熊家社區3萬居民", "熊家社區3萬居民")).toEqual(["untranslated.same"]);
  });

  it("reports each kind of problem of one bad translation", () => {
    const source = "4月1日凌晨一點半，委屬高新區大隊80名黨員干部迅疾到崗就位。";
    const target = "At 1:30 p.m. on April 1, 18 Party members of the 高新區 squad (all volunteers were at their posts。";
    expect(keys(source, target)).toEqual([
      "numbers.mismatch:80:18",
      "dates.missingTime:01:30",
      "untranslated.han:高新區",
      "punctuation.unbalanced:(",
      "punctuation.fullwidth:。",
    ]);
  });

  it("gives code point ranges", () => {
    const [finding] = checkParagraph(segment("𠀀 80名", "𠀀 18 people"));
    expect(finding.sourceRange).toEqual({ start: 2, end: 4 });
  });
});
