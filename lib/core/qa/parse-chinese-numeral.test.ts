import { describe, expect, it } from "vitest";
import { parseChineseNumeral } from "./parse-chinese-numeral";

describe("parseChineseNumeral", () => {
  it.each([
    ["三十", 30],
    ["十", 10],
    ["十二", 12],
    ["二十一", 21],
    ["一百五十", 150],
    ["兩千三百零五", 2305],
    ["一萬五", 15000],
    ["三千五", 3500],
    ["三千萬", 30_000_000],
    ["一億兩千萬", 120_000_000],
    ["廿五", 25],
    ["二〇二二", 2022],
    ["一九七八", 1978],
    ["零", 0],
  ])("%s = %d", (run, value) => {
    expect(parseChineseNumeral(run)).toBe(value);
  });

  it.each(["", "三十四五", "abc"])("%j is not one number", (run) => {
    expect(parseChineseNumeral(run)).toBeUndefined();
  });
});
