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
