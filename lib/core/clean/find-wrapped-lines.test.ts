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

  it.each([
    ["ordinary paragraphs of different lengths", `${PARAGRAPH_1}\n${PARAGRAPH_2}\n短的一行。\n${PARAGRAPH_1.slice(0, 30)}。`],
    ["a poem of short lines", "床前明月光\n疑是地上霜\n舉頭望明月\n低頭思故鄉"],
    ["a short text", "第一行\n第二行"],
  ])("leaves %s alone", (_, text) => {
    expect(findWrappedLines(text)).toEqual([]);
  });
});
