import { describe, expect, it } from "vitest";
import { checkNumbers } from "./check-numbers";

const codes = (source: string, target: string) => checkNumbers(source, target).map((f) => f.key);

// Sentences of ../shared/samples/000_a6d647f74c2e5a0b.txt (a Suizhou forum page) and their translations.
describe("checkNumbers on the sample", () => {
  it.each([
    ["疫情期間，值守人員共勸離勸返外出市民2萬余人次。", "During the outbreak, the guards turned back more than 20,000 residents."],
    ["緊急關閉城區22處公園、廣場和游園，安排200余名園林職工加強定點值守和巡查監管。", "It closed 22 parks, squares and gardens and sent over 200 park workers to guard and patrol them."],
    ["一輪核酸檢測，往往需要連續工作兩三個小時。", "One round of testing often meant two or three hours of work without a break."],
    ["一輪核酸檢測，往往需要連續工作兩三個小時。", "A round of testing often meant 2-3 hours of work."],
    ["103名城管執法隊員挺身而出，擔負起隨州高新區27個隔離點管控的服務工作。", "103 officers stepped forward to serve 27 quarantine sites in the Suizhou High-Tech Zone."],
    ["協助醫護人員一口氣完成了1170多人的核酸檢測。", "They helped the medical staff test more than 1,170 people in one go."],
    ["累計消殺面積近800萬平方米。", "In all, nearly 8 million square metres were disinfected."],
    ["熊家社區3萬居民的疫情防控壓力讓他寢食難安。", "The safety of Xiongjia's 30,000 residents kept him awake."],
    [
      "對城區876個小區、62條主次干道（含淅河鎮）、14個公園廣場、176座公廁、1260個垃圾收集容器進行消殺。",
      "876 compounds, 62 main and side roads (Xihe Town included), 14 parks and squares, 176 public toilets and 1,260 bins were disinfected.",
    ],
    ["手術縫合12針，傷口尚未痊愈。", "The wound, closed with twelve stitches, had not healed."],
    ["詹騰做垃圾清運司機30多年了，年近50歲的他，患有糖尿病和痛風。", "Zhan Teng has driven a garbage truck for over 30 years; nearly fifty, he has diabetes and gout."],
    ["成立了“下沉社區防控組”等五個專班。", "It set up five task forces such as the community group."],
    ["像釘子一樣牢牢地“釘”在“二橋梁四路口”。", "They stood fast like nails at the “two bridges and four crossroads”."],
    ["每天收集轉運垃圾600余噸。", "Every day they collected some 600 tonnes of rubbish."],
    ["發現1例新冠肺炎無癥狀感染者。", "An asymptomatic case was found."],
    ["委黨組第一時間科學調度。", "The Party group acted at once."],
    ["隨州市城管執法系統的186名黨員干部下沉到居住地小區。", "186 Party members of the Suizhou urban management system went to their own compounds."],
  ])("%s → no warning", (source, target) => {
    expect(codes(source, target)).toEqual([]);
  });

  it("reports a wrong scale as a mismatch with both numbers", () => {
    const source = "值守人員共勸離勸返外出市民2萬余人次。";
    const [finding] = checkNumbers(source, "The guards turned back 2,000 residents.");
    expect(finding).toEqual({
      check: "numbers",
      code: "numbers.mismatch",
      params: { value: "2萬", expected: "20,000", found: "2,000", form: "converted" },
      key: "numbers.mismatch:20000:2000",
      sourceRange: { start: 13, end: 15 },
      targetRange: { start: 23, end: 28 },
    });
  });

  it("reports a number left out", () => {
    expect(codes("對城區876個小區、176座公廁進行消殺。", "876 compounds and the public toilets were disinfected.")).toEqual(["numbers.missing:176"]);
  });

  it("reports a number the source does not have", () => {
    expect(codes("熊家社區3萬居民。", "Xiongjia's 30,000 residents, 15 of them ill.")).toEqual(["numbers.extra:15"]);
  });

  it("reports 1.56萬 written as 1,560", () => {
    expect(codes("檢測1.56萬人", "1,560 people were tested")).toEqual(["numbers.mismatch:15600:1560"]);
  });

  it("reports an ordinal that changed", () => {
    expect(codes("全員第四次核酸檢測", "the third round of mass testing")).toEqual(["numbers.mismatch:4:3"]);
  });
});

describe("checkNumbers on number forms", () => {
  it.each([
    ["檢測1.56萬人", "15,600 people were tested"],
    ["檢測1.56萬人", "15.6 thousand people were tested"],
    ["三十人", "thirty people"],
    ["兩三個", "two or three"],
    ["兩三個", "two to three"],
    ["二三十人", "twenty or thirty people"],
    ["二〇二二年", "in 2022"],
    ["2022年", "the year 2022"],
    ["百分之三十", "30%"],
    ["30%", "thirty per cent"],
    ["第四次", "the 4th time"],
    ["近20名遊客", "close to 20 tourists"],
    ["2萬余人次", "more than 20,000"],
    ["2萬余人次", "over twenty thousand"],
    ["兩千三百零五人", "2,305 people"],
    ["十二個", "a dozen"],
    ["兩遍", "twice"],
    ["三點五億元", "350 million yuan"],
    ["百分之三點五", "3.5 per cent"],
  ])("%s = %s", (source, target) => {
    expect(codes(source, target)).toEqual([]);
  });

  it("tolerates a rounded approximation, not an exact number that differs", () => {
    expect(codes("1170多人", "more than 1,100 people")).toEqual([]);
    expect(codes("1170人", "1,100 people")).toEqual(["numbers.mismatch:1170:1100"]);
  });

  it("reports a range with one end missing", () => {
    expect(codes("兩三個小時", "three hours")).toEqual(["numbers.missing:2"]);
  });
});

describe("checkNumbers stays quiet", () => {
  it.each([
    ["一 as a word", "我們一起做了一些工作，統一了認識。", "We worked together and agreed."],
    ["a year", "2022年是不平凡的一年。", "2022 was an extraordinary year."],
    ["a URL", "詳見 http://www.example.com/news/2022/0415/123.html", "See the link."],
    ["list numbering", "1、加強巡查。", "Step up patrols."],
    ["Chinese list numbering", "（一）全員核酸檢測", "Testing for everyone"],
    ["English list numbering", "加強巡查。", "1. Step up patrols."],
    ["a name and a crossroads", "在萬達廣場十字路口", "at the Wanda Plaza crossroads"],
    ["an idiom", "兩手抓兩不誤", "attend to both"],
    ["an id", "附件 a6d647f74c2e5a0b", "the attachment"],
    ["COVID-19", "新冠肺炎（COVID-19）", "COVID-19"],
    ["one as a pronoun", "沒有一個袖手旁觀", "no one stood by"],
    ["an untranslated paragraph", "3萬居民", ""],
  ])("%s", (_, source, target) => {
    expect(codes(source, target)).toEqual([]);
  });
});
