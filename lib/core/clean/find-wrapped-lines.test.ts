import { describe, expect, it } from "vitest";
import { afterRule } from "./apply-rule.test-helper";
import { findWrappedLines } from "./find-wrapped-lines";

const PARAGRAPH_1 = "這是一場沒有硝煙的戰爭，決戰決勝的關鍵在於趕時間、搶速度、比作風、拼毅力。新冠疫情發生後，隨州市城管執法委聞令即動，全員出擊。";
const PARAGRAPH_2 = "面對突如其來的新冠疫情，隨州市城管執法委按照市委、市政府和市疫情防控指揮部的決策部署，接令而行，迅速啟動應急響應。";

/** Breaks a text every `width` characters, as old BBS posts and PDFs do. */
function hardWrap(text: string, width: number): string {
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(""));
  return lines.join("\n");
}

describe("findWrappedLines", () => {
  it("joins hard-wrapped Chinese lines without spaces and keeps paragraph breaks", () => {
    const wrapped = `${hardWrap(PARAGRAPH_1, 20)}\n\n${hardWrap(PARAGRAPH_2, 20)}`;
    expect(afterRule(findWrappedLines, wrapped)).toBe(`${PARAGRAPH_1}\n\n${PARAGRAPH_2}`);
  });

  it("keeps a break after a line that ends a sentence early", () => {
    const wrapped = `${hardWrap(PARAGRAPH_1, 20)}\n${hardWrap(PARAGRAPH_2, 20)}`;
    const joined = afterRule(findWrappedLines, wrapped);
    expect(joined.split("\n")).toHaveLength(2);
  });

  it("joins a break between two Latin words with a space", () => {
    const lines = [
      "Team members of the Suizhou city management",
      "bureau kept watch at every checkpoint every",
      "night, helped the medical workers with tests",
      "and guarded the gates of the city every day",
      "in April.",
    ];
    expect(afterRule(findWrappedLines, lines.join("\n"))).toBe(
      "Team members of the Suizhou city management bureau kept watch at every checkpoint every night, helped the medical workers with tests and guarded the gates of the city every day in April.",
    );
  });

  it("joins lines whose widths the cleanup changed, under a wider unwrapped title", () => {
    // Wrapped at 40 columns with half-width punctuation, which the cleanup has made full-width since.
    const lines = hardWrap(PARAGRAPH_1 + PARAGRAPH_2, 20).split("\n");
    const widened = lines.map((line, i) => (i % 2 === 0 ? line : line.slice(0, 18)));
    const text = ["隨州市城管執法委員會全體隊員在疫情防控一線堅守崗位的事跡報道全文", ...widened].join("\n");
    const joined = afterRule(findWrappedLines, text).split("\n");
    expect(joined[0]).toBe("隨州市城管執法委員會全體隊員在疫情防控一線堅守崗位的事跡報道全文");
    expect(joined).toHaveLength(2);
  });

  it("leaves paragraphs of similar widths that each end a sentence", () => {
    const text = ["第一段說的是城管隊員如何在每個路口值守了整整一夜。", "第二段說的是醫護人員怎樣在社區裡挨家挨戶做檢測。", "第三段說的是志願者們把蔬菜送到每一位老人的家門口。", "第四段說的是春天來了以後城市又慢慢熱鬧了起來了。"].join("\n");
    expect(findWrappedLines(text)).toEqual([]);
  });

  it.each([
    ["ordinary paragraphs of different lengths", `${PARAGRAPH_1}\n${PARAGRAPH_2}\n短的一行。\n${PARAGRAPH_1.slice(0, 30)}。`],
    ["a poem of short lines", "床前明月光\n疑是地上霜\n舉頭望明月\n低頭思故鄉"],
    ["a short text", "第一行\n第二行"],
  ])("leaves %s alone", (_, text) => {
    expect(findWrappedLines(text)).toEqual([]);
  });
});
