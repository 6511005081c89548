import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanText } from "../clean/clean-text";
import { checkMojibake } from "./check-mojibake";

describe("checkMojibake on a paragraph's stored source", () => {
  it("flags the run the import left as it was in the demo page: paragraph 9, ?shù)蒙先?", () => {
    const { paragraphs } = cleanText(readFileSync("samples/demo-forum-page.txt", "utf8"));
    const flagged = paragraphs.flatMap((p, i) => checkMojibake(p.text).map((finding) => ({ n: i + 1, ...finding })));
    expect(flagged).toEqual([
      { n: 9, check: "mojibake", code: "mojibake.suspect", params: { text: "?shù)蒙先?" }, key: "mojibake:?shù)蒙先?", sourceRange: { start: 14, end: 22 } },
    ]);
    expect([...paragraphs[8].text].slice(14, 22).join("")).toBe("?shù)蒙先?");
  });

  it("a doubtful repair is flagged with its likely reading", () => {
    expect(checkMojibake("他說:「我們一定會回來的?!闺S後轉身離開。")).toEqual([
      { check: "mojibake", code: "mojibake.repair", params: { text: "?!闺S", repair: "。」隨" }, key: "mojibake:?!闺S", sourceRange: { start: 12, end: 16 } },
    ]);
  });

  it("ranges are code points: a character outside the BMP before the run counts once", () => {
    const [finding] = checkMojibake("𠀋關鍵時刻站得出來,危急關頭頂?shù)蒙先?。隔離點");
    expect(finding.sourceRange).toEqual({ start: 15, end: 23 });
  });

  it("the same run gives the same key wherever it stands (an ignore survives edits around it)", () => {
    const [a] = checkMojibake("危急關頭頂?shù)蒙先?。");
    const [b] = checkMojibake("關鍵時刻站得出來,危急關頭頂?shù)蒙先?。隔離點");
    expect(a.key).toBe(b.key);
  });

  it("clean text and a repaired run give nothing", () => {
    expect(checkMojibake("關鍵時刻站得出來，危急關頭頂得上去。你今天去哪裡了?我不知道。")).toEqual([]);
    expect(checkMojibake("")).toEqual([]);
  });
});
