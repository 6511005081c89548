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

// Paragraphs a translator gets right; a warning on any of them would be a false alarm.
describe("checkParagraph stays quiet on faithful translations", () => {
  it.each([
    ["a year", "2022年是不平凡的一年，大家一起努力。", "2022 was an extraordinary year, and everyone pulled together."],
    ["a year in Chinese digits", "二〇二二年四月，疫情再次來襲。", "In April 2022 the epidemic struck again."],
    ["a URL with digits", "詳見 https://www.example.com/news/2022/0415/123.html 的報道。", "See the report at https://www.example.com/news/2022/0415/123.html."],
    ["a URL left out", "原文地址：http://bbs.example.com/thread-88123-1-1.html", "Original post: see the link."],
    ["list numbering", "1、加強路面管控。", "Step up road controls."],
    ["Chinese list numbering", "（二）嚴格落實靜態管理要求。", "(b) Enforce the lockdown rules strictly."],
    ["一 as a word", "統一思想，一直堅持，一些同志和大家一樣，一起守在一線。", "United in purpose, some comrades, like everyone else, stood together at the front line all along."],
    ["之一", "這是重點工作之一。", "This is one of the key tasks."],
    ["a name with 萬", "環衛服務中心職工萬玲平靜地說。", "Wan Ling, a worker at the sanitation centre, said calmly."],
    ["a crossroads", "萬達廣場十字路口", "the Wanda Plaza crossroads"],
    ["apostrophes", "大家的心願", "Everyone's wish: the city's people don't give up."],
    ["an attachment line", "小區防疫執勤.jpg (1.56 MB, 下載次數: 156)", "Compound duty.jpg (1.56 MB, downloads: 156)"],
    ["a Chinese decimal, not a time", "總投資三點五億元，增長百分之三點五。", "Total investment was 350 million yuan, up 3.5%."],
    ["an upload time", "2022-4-15 15:46 上傳", "Uploaded 2022-4-15 15:46"],
    ["ids", "附件 a6d647f74c2e5a0b，COVID-19", "Attachment a6d647f74c2e5a0b, COVID-19"],
    ["a source quotation left open", "“雖然我不能像那些醫護人員忙碌在防疫第一線，", "“Though I cannot work on the front line like the medical staff,"],
  ])("%s", (_, source, target) => {
    expect(keys(source, target, "translated")).toEqual([]);
  });
});
