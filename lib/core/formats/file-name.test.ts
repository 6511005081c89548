import { describe, expect, it } from "vitest";
import { contentDisposition, fileNameOfDisposition, safeFileName } from "./file-name";

describe("safeFileName", () => {
  it.each([
    ["研发 & 测试：<样本> \"引号\"", "研发 & 测试： 样本 引号.tmx"],
    ["a/b\\c:d*e?f|g", "a b c d e f g.tmx"],
    ["  ...title.  ", "title.tmx"],
    ["CON", "CON_.tmx"],
    ["", "document.tmx"],
    ["???", "document.tmx"],
    ["x".repeat(300), `${"x".repeat(100)}.tmx`],
    // Bidi controls would show "invoice\u202Efdp.exe.tmx" as "invoicexmt.exe.pdf"; they and other
    // invisible format or control characters are dropped.
    ["invoice\u202Efdp.exe", "invoicefdp.exe.tmx"],
    ["a\u202Ab\u202Bc\u202Cd\u202De", "abcde.tmx"],
    ["\u2066a\u2067b\u2068c\u2069", "abc.tmx"],
    ["a\u200Eb\u200Fc\u061Cd", "abcd.tmx"],
    ["\uFEFFzero\u200Bwidth\u2060", "zerowidth.tmx"],
    ["C1\u0085control\u009B", "C1 control.tmx"],
    ["line\u2028break\u2029", "line break.tmx"],
    ["\u202E", "document.tmx"],
  ])("%j → %j", (title, expected) => {
    expect(safeFileName(title, "tmx")).toBe(expected);
  });

  it("content disposition has an ASCII fallback and the UTF-8 name", () => {
    expect(contentDisposition("研发.tmx")).toBe("attachment; filename=\"__.tmx\"; filename*=UTF-8''%E7%A0%94%E5%8F%91.tmx");
  });

  it("a header made from a title with a right-to-left override carries no bidi control", () => {
    expect(contentDisposition(safeFileName("invoice\u202Efdp.exe", "html"))).toBe("attachment; filename=\"invoicefdp.exe.html\"; filename*=UTF-8''invoicefdp.exe.html");
  });
});

describe("fileNameOfDisposition", () => {
  it("reads back the UTF-8 name contentDisposition writes", () => {
    for (const name of ["研发.tmx", "duizhao-tmx-2026-12-02.zip", "a \"quoted\" name;x.zip", "100% 測試.zip"]) {
      expect(fileNameOfDisposition(contentDisposition(name))).toBe(name);
    }
  });

  it.each([
    ['attachment; filename="plain.zip"', "plain.zip"],
    ["attachment; filename=bare.zip", "bare.zip"],
    ['attachment; filename="say \\"hi\\".zip"', 'say "hi".zip'],
    ["attachment; filename*=UTF-8''%E6%B8%AC.zip; filename=\"_.zip\"", "測.zip"],
    ["attachment; filename=\"fallback.zip\"; filename*=UTF-8''%E0%A4%A", "fallback.zip"],
  ])("%j → %j", (header, expected) => {
    expect(fileNameOfDisposition(header)).toBe(expected);
  });

  it("is undefined without a name", () => {
    expect(fileNameOfDisposition(null)).toBeUndefined();
    expect(fileNameOfDisposition("attachment")).toBeUndefined();
  });
});
