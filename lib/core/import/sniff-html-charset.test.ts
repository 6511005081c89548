import { describe, expect, it } from "vitest";
import { sniffHtmlCharset } from "./sniff-html-charset";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("sniffHtmlCharset", () => {
  it.each([
    ['<html><head><meta charset="gbk"><title>t</title>', "gb18030"],
    ["<html><head><meta charset=GB2312>", "gb18030"],
    ['<meta http-equiv="Content-Type" content="text/html; charset=big5" />', "big5"],
    ["<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=UTF-8'>", "utf-8"],
    ['<?xml version="1.0" encoding="gb2312"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', "gb18030"],
    ['<meta charset="shift_jis">', null],
    ["<html><head><title>no declaration</title>", null],
  ])("reads %s", (html, expected) => {
    expect(sniffHtmlCharset(bytes(html))).toBe(expected);
  });

  it("looks only at the first 2 KB", () => {
    expect(sniffHtmlCharset(bytes(`<html>${" ".repeat(2100)}<meta charset="big5">`))).toBeNull();
  });
});
