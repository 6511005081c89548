import { describe, expect, it } from "vitest";
import { segmentText } from "./segment-text";

const kinds = (text: string) => segmentText(text).map((p) => [p.kind, p.text]);

describe("segmentText", () => {
  it("splits a section heading glued to the start of its paragraph", () => {
    expect(kinds("迎難而上 向險而進 隨著疫情流調工作的展開，密集接觸者逐漸浮出水面，隔離觀察點也逐漸增加。")).toEqual([
      ["heading", "迎難而上 向險而進"],
      ["body", "隨著疫情流調工作的展開，密集接觸者逐漸浮出水面，隔離觀察點也逐漸增加。"],
    ]);
    expect(kinds("服從安排 聽從調遣 4月1日至2日，城區居民全員核酸檢測，街道上人員流動較多。")[0]).toEqual(["heading", "服從安排 聽從調遣"]);
  });

  it("keeps offsets pointing at each paragraph", () => {
    const text = "標題\n\n　　精心組織 調兵遣將 “腦子里滿滿的都是事兒，累了卻睡不著。”";
    for (const p of segmentText(text)) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it("recognises bylines", () => {
    expect(kinds("（來源：聶少峰）\n作者：王小明\n文/李華")).toEqual([
      ["byline", "（來源：聶少峰）"],
      ["byline", "作者：王小明"],
      ["byline", "文/李華"],
    ]);
  });

  it.each([
    ["a sentence with a space after its full stop", "及早的排查，高效的防控，換來了有序的放開。 4月5日，全城消殺滅菌工作啟動。"],
    ["a heading alone", "危難之時顯身手 隨州市城管執法委全員戰疫工作紀實"],
    ["a short phrase before a short remainder", "第一章 開始"],
  ])("does not split %s", (_, text) => {
    expect(segmentText(text)).toHaveLength(1);
  });

  it("does not take a sentence that mentions an author for a byline", () => {
    expect(kinds("這篇文章的作者：是一位資深記者，他寫了很多關於城市管理的報道，很受讀者歡迎。")[0][0]).toBe("body");
  });
});
