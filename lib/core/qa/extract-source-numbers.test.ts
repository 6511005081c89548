import { describe, expect, it } from "vitest";
import { extractSourceNumbers } from "./extract-source-numbers";

const values = (text: string) => extractSourceNumbers(text).map((m) => ({ value: m.value, kind: m.kind, approx: m.approx, optional: m.optional }));
const plain = (value: number, more: Partial<{ kind: string; approx: boolean; optional: boolean }> = {}) => ({ value, kind: "cardinal", approx: false, optional: false, ...more });

describe("extractSourceNumbers", () => {
  it.each([
    ["Arabic digits with 萬", "檢測1.56萬人", [plain(15600)]],
    ["approximate 余 after a scale", "市民2萬余人次", [plain(20000, { approx: true })]],
    ["a square-metre area", "面積近800萬平方米", [plain(8_000_000, { approx: true })]],
    ["多 after digits", "完成了1170多人的核酸檢測", [plain(1170, { approx: true })]],
    ["thousands separators and full-width digits", "共１,２００人，３０％", [plain(1200), plain(30, { kind: "percent" })]],
    ["a Chinese numeral", "三十人", [plain(30)]],
    ["a range 兩三", "連續工作兩三個小時", [plain(2), plain(3)]],
    ["a range of tens 二三十", "二三十人", [plain(20), plain(30)]],
    ["a range in the teens 十七八", "十七八歲", [plain(17), plain(18)]],
    ["Arabic range 3至5", "3至5天", [plain(3), plain(5)]],
    ["a year in Chinese digits", "二〇二二年", [plain(2022, { kind: "year" })]],
    ["a year in Arabic digits", "2022年", [plain(2022, { kind: "year" })]],
    ["an ordinal", "全員第四次核酸檢測", [plain(4, { kind: "ordinal" })]],
    ["percentages 百分之", "百分之三十五", [plain(35, { kind: "percent" })]],
    ["一 before a measure word is optional", "發現1例，一個小區", [plain(1, { optional: true }), plain(1, { optional: true })]],
    ["numbers around words", "二橋梁四路口", [plain(2), plain(4)]],
    ["a Chinese decimal with a scale", "三點五億元", [plain(350_000_000)]],
    ["a Chinese decimal with a scale before a noun", "一點五萬人", [plain(15_000)]],
    ["a Chinese decimal percentage", "百分之三點五", [plain(3.5, { kind: "percent" })]],
    ["an Arabic range with a hyphen", "3-5天", [plain(3), plain(5)]],
    ["約 before", "約300人", [plain(300, { approx: true })]],
    ["左右 after a measure word", "300人左右", [plain(300, { approx: true })]],
  ])("%s", (_, text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    ["一 in words", "我們一起做了一些工作，統一了認識，一直一樣"],
    ["list numbering", "1、加強巡查"],
    ["Chinese list numbering", "（一）全員核酸檢測"],
    ["numbered item", "一、總體要求"],
    ["a URL", "詳見 http://www.example.com/news/2022/0415/123.html"],
    ["an id", "附件 a6d647f74c2e5a0b 與 COVID-19"],
    ["a crossroads and a shop name", "萬達廣場十字路口"],
    ["an idiom", "兩手抓兩不誤，再三強調"],
    ["vague hundreds", "幾十人、上千名、數百個"],
    ["a fraction", "三分之一"],
    ["weekdays", "星期三、禮拜五"],
    ["a holiday", "五一勞動節"],
  ])("no number: %s", (_, text) => {
    expect(values(text).filter((m) => !m.optional)).toEqual([]);
  });

  it("keeps the written form and its place", () => {
    const [mention] = extractSourceNumbers("共勸返市民2萬余人次");
    expect(mention).toMatchObject({ text: "2萬", start: 5, end: 7 });
  });

  it("skips the spans another check has taken", () => {
    expect(extractSourceNumbers("4月1日，80名", [{ start: 0, end: 4 }]).map((m) => m.value)).toEqual([80]);
  });
});
