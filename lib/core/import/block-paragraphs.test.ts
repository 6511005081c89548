import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { blockParagraphs, nestingDepth } from "./block-paragraphs";

const bodyOf = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document.body;

describe("blockParagraphs", () => {
  it("skips hidden anti-copy noise inside a paragraph", () => {
    const body = bodyOf('<p>上週<font class="jammer">k8Qz</font>的颱風<span style="DISPLAY: none">x</span>很大。</p>');
    expect(blockParagraphs(body)).toEqual(["上週的颱風很大。"]);
  });

  it("keeps inline elements inside their paragraph and splits at nested blocks", () => {
    expect(blockParagraphs(bodyOf("<p>一<b>二</b><a href=#>三</a></p><div>四<div>五</div>六</div>"))).toEqual(["一二三", "四", "五", "六"]);
  });
});

describe("nestingDepth", () => {
  it("counts element levels below root, up to a limit", () => {
    expect(nestingDepth(bodyOf("<p>text</p>"), 10)).toBe(1);
    expect(nestingDepth(bodyOf("<div><div><p>x</p></div></div><p>y</p>"), 10)).toBe(3);
    expect(nestingDepth(bodyOf(`${"<div>".repeat(50)}x${"</div>".repeat(50)}`), 10)).toBe(10);
  });
});
