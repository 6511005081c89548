import { describe, expect, it } from "vitest";
import { checkDates } from "./check-dates";
import { checkParagraph } from "./check-paragraph";

const keys = (source: string, target: string) => checkDates(source, target).findings.map((f) => f.key);
const all = (source: string, target: string) => checkParagraph({ id: 1, source, target, status: "draft" }).map((f) => f.key);

describe("checkDates", () => {
  it.each([
    ["4月1日", "on April 1"],
    ["4月1日", "on 1 April"],
    ["4月1日", "on Apr. 1"],
    ["4月1日", "on the 1st of April"],
    ["4月1日", "on the first of April"],
    ["4月21日", "on the twenty-first of April"],
    ["2022年4月15日", "April 15, 2022"],
    ["從4月1日至8日", "from April 1 to 8"],
    ["從4月1日至8日", "between 1 and 8 April"],
    ["2月份剛做過手術", "had an operation in February"],
    ["凌晨一點半", "at 1:30 a.m."],
    ["凌晨一點半", "at half past one in the morning"],
    ["凌晨五點", "at 5 am"],
    ["當天下午三點", "at 3 p.m. that day"],
    ["當天下午三點", "at three in the afternoon"],
    ["下午三點", "at 15:00"],
    ["2022-4-15 15:46 上傳", "Uploaded 2022-4-15 15:46"],
    ["2022-4-15 15:46 上傳", "Uploaded on April 15, 2022 at 3:46 pm"],
    ["中午十二點", "at noon"],
    ["三點鐘", "at three o'clock"],
  ])("%s = %s", (source, target) => {
    expect(keys(source, target)).toEqual([]);
  });

  it.each([
    ["a missing date", "4月1日，曾都區發現5例無癥狀感染者。", "Zengdu found five asymptomatic cases.", ["dates.missingDate:4-1"]],
    ["a wrong day", "4月3日，渣土大隊移防值守城區橋梁。", "On April 4 the squad moved to guard the bridges.", ["dates.missingDate:4-3"]],
    ["a wrong month", "3月31日晚", "On the evening of May 31", ["dates.missingDate:3-31"]],
    ["a range end", "從4月1日至8日", "from April 1", ["dates.missingDate:4-8"]],
    ["a missing time", "凌晨五點，第二批黨員干部緊急趕赴社區。", "A second group of Party members rushed to the community.", ["dates.missingTime:05:00"]],
    ["p.m. for a.m.", "凌晨一點半", "at 1:30 p.m.", ["dates.missingTime:01:30"]],
    ["minutes differ", "2022-4-15 15:46", "2022-4-15 15:45", ["dates.missingTime:15:46"]],
  ])("reports %s", (_, source, target, expected) => {
    expect(keys(source, target)).toEqual(expected);
  });

  it("points at the source text", () => {
    const [finding] = checkDates("當天下午三點，186名黨員干部", "186 Party members").findings;
    expect(finding).toMatchObject({ code: "dates.missingTime", params: { value: "下午三點" }, sourceRange: { start: 2, end: 6 } });
  });
});

// Sentences of the sample: dates and numbers together, reported once.
describe("dates and numbers together", () => {
  it.each([
    [
      "3月31日晚，隨州市曾都區在對重點人群進行例行核酸檢測時，發現1例新冠肺炎無癥狀感染者。4月1日，曾都區在進行擴大篩查時，發現5例無癥狀感染者。",
      "On the evening of March 31, routine testing in Zengdu District found an asymptomatic case. On April 1, wider screening found five more.",
    ],
    [
      "4月1日凌晨一點半，委屬高新區大隊80名黨員干部迅疾到崗就位。",
      "At 1:30 a.m. on April 1, 80 Party members of the High-Tech Zone squad were at their posts.",
    ],
    [
      "4月5日是全員第四次核酸檢測時間節點。凌晨四點，隨州市文化公園干部任宏廣早早來到公園1978小區。",
      "April 5 was the fourth round of mass testing. At four in the morning Ren Hongguang of the Culture Park reached the Park 1978 compound.",
    ],
    ["從4月1日至8日，連續8個晝夜的鏖戰。", "From April 1 to 8, eight days and nights of hard fighting."],
    ["疫情期間，他每天凌晨4點起床，提前清運小區里的29個垃圾箱。", "During the outbreak he got up at 4 a.m. every day to empty the compound's 29 bins."],
    ["小區防疫執勤.jpg (1.56 MB, 下載次數: 156)", "Duty.jpg (1.56 MB, downloads: 156)"],
  ])("%s", (source, target) => {
    expect(all(source, target)).toEqual([]);
  });

  it("reports a wrong date once, as a date", () => {
    expect(all("4月3日，21名隊員分兵把守。", "On April 13, 21 officers stood guard.")).toEqual(["dates.missingDate:4-3"]);
  });

  it("keeps three o'clock or three points a number when the translation has no time", () => {
    expect(all("提出三點要求", "made three demands")).toEqual([]);
    expect(all("提出三點要求", "made four demands")).toEqual(["numbers.mismatch:3:4"]);
  });
});
