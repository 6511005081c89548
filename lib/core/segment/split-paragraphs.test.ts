import { describe, expect, it } from "vitest";
import { splitParagraphs } from "./split-paragraphs";

describe("splitParagraphs", () => {
  it("makes one paragraph per non-blank line, trimming ASCII and ideographic spaces", () => {
    const text = "　　第一段。\r\n\r\n第二段，很长。  \n\u3000\n第三段。";
    expect(splitParagraphs(text).map((s) => s.source)).toEqual(["第一段。", "第二段，很长。", "第三段。"]);
  });

  it("marks a short Chinese line without closing punctuation as a heading", () => {
    expect(splitParagraphs("迎難而上 向險而進\n這是一場沒有硝煙的戰爭。")).toEqual([
      { kind: "heading", source: "迎難而上 向險而進" },
      { kind: "body", source: "這是一場沒有硝煙的戰爭。" },
    ]);
  });

  it("does not take lines without Chinese, or long lines, for headings", () => {
    const long = "这".repeat(41);
    expect(splitParagraphs(`* v6 T2 G2 k' u8\n${long}`).map((s) => s.kind)).toEqual(["body", "body"]);
  });

  it("returns nothing for blank text", () => {
    expect(splitParagraphs(" \n\t\n\u3000")).toEqual([]);
  });

  it("keeps characters outside the BMP intact", () => {
    expect(splitParagraphs("𠀀𪚥。")[0].source).toBe("𠀀𪚥。");
  });
});
