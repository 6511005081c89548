import { describe, expect, it } from "vitest";
import { contentDisposition, safeFileName } from "./file-name";

describe("safeFileName", () => {
  it.each([
    ["研发 & 测试：<样本> \"引号\"", "研发 & 测试： 样本 引号.tmx"],
    ["a/b\\c:d*e?f|g", "a b c d e f g.tmx"],
    ["  ...title.  ", "title.tmx"],
    ["CON", "CON_.tmx"],
    ["", "document.tmx"],
    ["???", "document.tmx"],
    ["x".repeat(300), `${"x".repeat(100)}.tmx`],
  ])("%j → %j", (title, expected) => {
    expect(safeFileName(title, "tmx")).toBe(expected);
  });

  it("content disposition has an ASCII fallback and the UTF-8 name", () => {
    expect(contentDisposition("研发.tmx")).toBe("attachment; filename=\"__.tmx\"; filename*=UTF-8''%E7%A0%94%E5%8F%91.tmx");
  });
});
