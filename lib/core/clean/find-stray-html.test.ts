import { describe, expect, it } from "vitest";
import { afterRule } from "./apply-rule.test-helper";
import { findStrayHtml } from "./find-stray-html";

describe("findStrayHtml", () => {
  it.each([
    ["a closing font tag", "淬煉出來的。”</font>", "淬煉出來的。”"],
    ["an opening tag with attributes", '<font color="red" size=3>重要</font>通知', "重要通知"],
    ["a line break tag", "第一行<br/>第二行", "第一行\n第二行"],
    ["entities", "城管&nbsp;執法&amp;服務&#12290;&#x201C;好&rdquo;", "城管 執法&服務。“好”"],
    ["upper-case tags", "<P>段落</P>", "段落\n"],
    ["a closing tag that lost its <", "出來的?!?/font>", "出來的?!?"],
  ])("removes %s", (_, text, expected) => {
    expect(afterRule(findStrayHtml, text)).toBe(expected);
  });

  it.each([
    ["generics in code", "List<String> items = new ArrayList<String>();"],
    ["comparisons", "if (a<b && c>d) return;"],
    ["Chinese in angle brackets", "見<注>和《史記》。"],
    ["an ampersand in prose", "AT&T 與 R&D 部門"],
    ["an unknown entity", "&notanentity; &#0;"],
    ["a path", "見 /usr/share/doc 和 a/b>c"],
  ])("leaves %s alone", (_, text) => {
    expect(findStrayHtml(text)).toEqual([]);
  });
});
