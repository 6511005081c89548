import { describe, expect, it } from "vitest";
import { extractHtml } from "./extract-html";

const page = (body: string) => `<!doctype html><html><head><title>标题</title></head><body>${body}</body></html>`;
const long = (text: string) => text.repeat(50); // past the 200 characters of a text form or script-hidden body
const discuzPost = (n: number, text: string) =>
  `<div id="post_${n}"><table id="pid${n}" class="plhin"><tr><td class="pls"><a class="xw1">老张</a><dl><dt>积分</dt><dd>3711</dd></dl></td>` +
  `<td class="plc"><div class="pct"><table><tr><td class="t_f" id="postmessage_${n}">${text}</td></tr></table></div></td></tr>` +
  `<tr><td class="plc plm"><div class="sign">人生若只如初见</div></td></tr><tr><td class="plc"><div class="po"><a>回复</a><a>举报</a></div></td></tr></table></div>`;

describe("forum threads saved as HTML", () => {
  it("keeps every post of a Discuz! thread, without author column, buttons or signature", () => {
    const text = extractHtml(page(`<div id="postlist">${discuzPost(1, long("第一楼的正文。"))}${discuzPost(2, "短回复。")}${discuzPost(3, "第三楼<br />第二行")}</div>`)).text;
    expect(text.split(/\n+/)).toEqual([long("第一楼的正文。"), "短回复。", "第三楼", "第二行"]);
  });

  it("keeps a phpwind thread inside its moderation form, without the author panel and header bar", () => {
    const floor = (text: string) =>
      `<div class="read_t"><table class="floot"><tr><td class="floot_left"><p>级别: 新手上路</p><li><em>发帖</em>12</li></td>` +
      `<td class="floot_right"><div class="tipTop"><a>只看楼主</a><a>楼主</a><span>发表于: 2012-03-04 12:34</span></div>` +
      `<div class="tpc_content"><div class="f14">${text}</div></div></td></tr><tr><td><div class="sigline"></div><div class="signature">签名</div>` +
      `<div class="tipBottom"><a>回复</a><a>引用</a></div></td></tr></table></div>`;
    const html = page(`<form name="delatc" method="post">${floor(long("楼主的话。"))}${floor("二楼的话。")}</form><form><label>搜索</label></form>`);
    expect(extractHtml(html).text.split(/\n+/)).toEqual([long("楼主的话。"), "二楼的话。"]);
  });

  it("leaves the same class names alone outside a forum's post container", () => {
    const html = page(`<article><p>${long("正文段落。")}</p><p class="sign">文末的署名与祝福。</p><div class="po">诗一首</div></article>`);
    expect(extractHtml(html).text).toContain("文末的署名与祝福。");
    expect(extractHtml(html).text).toContain("诗一首");
  });
});

describe("text hidden until a script runs", () => {
  it("shows a WeChat article body saved with visibility: hidden", () => {
    const html = page(`<h1 id="activity-name">文章标题</h1><div id="js_content" style="visibility: hidden;"><p>${long("正文第一段。")}</p><p>第二段。</p></div>`);
    expect(extractHtml(html).text).toContain("第二段。");
  });

  it("keeps short visibility: hidden text and display: none text hidden", () => {
    const html = page(`<p>${long("正文。")}</p><span style="visibility:hidden">隐藏的提示</span><div style="display:none; visibility:hidden">${long("不显示的。")}</div>`);
    const { text } = extractHtml(html);
    expect(text).not.toContain("隐藏的提示");
    expect(text).not.toContain("不显示的");
  });
});
