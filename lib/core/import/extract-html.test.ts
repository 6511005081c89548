import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractHtml } from "./extract-html";

const fixture = (name: string) => readFileSync(`lib/core/import/__fixtures__/${name}`, "utf8");
const paragraphsOf = (html: string) => extractHtml(html).text.split("\n\n");

describe("extractHtml on real-looking pages", () => {
  it("keeps only a news article's headline, paragraphs, subheading and caption", () => {
    const { title, text } = extractHtml(fixture("news-page.html"));
    expect(title).toBe("江城老街改造完成 百年骑楼重现旧貌");
    expect(text.split("\n\n")).toEqual([
      "江城老街改造完成 百年骑楼重现旧貌",
      "经过两年多的施工，江城老街改造工程于本月中旬全面完成。沿街四十多栋百年骑楼在保留原有结构的基础上进行了加固和修缮，重新向市民和游客开放。",
      "据市住建局介绍，这次改造坚持“修旧如旧”的原则，外墙使用传统青砖和石灰砂浆，门窗按照老照片重新制作。施工期间，工作人员共修复了一百二十多处雕花和彩绘。",
      "改造后的老街夜景。记者 王芳 摄",
      "居民：老街的味道回来了",
      "在老街住了六十年的陈阿婆告诉记者，过去骑楼年久失修，下雨天常常漏水，很多老住户都搬走了。“现在房子修好了，街坊们也慢慢回来了，老街的味道又回来了。”",
      "不少年轻人也被老街吸引。开了一家咖啡馆的张先生说，周末的客流比改造前多了三倍，他打算明年再开一家书店。",
      "市文旅局表示，下一步将在老街举办非遗展示和传统节庆活动，并完善周边的停车和公共交通，让老街“既有颜值，也有人气”。",
    ]);
    for (const chrome of ["登录", "首页", "搜索", "红包", "五折", "相关阅读", "网友评论", "热点排行", "版权所有", "console"]) {
      expect(text).not.toContain(chrome);
    }
  });

  it("keeps a forum post's text without hidden anti-copy noise, login prompts or signature", () => {
    const { title, text } = extractHtml(fixture("forum-thread.html"));
    expect(title).toBe("颱風過後的社區清潔日");
    // The post's own text (its <br> lines), not the post header Readability took for a byline.
    const lines = text.split(/\n+/);
    expect(lines.slice(0, 2)).toEqual([
      "颱風過後的社區清潔日",
      "上週的颱風讓我們社區的街道滿是落葉和斷枝。星期六早上，管委會號召大家一起打掃，沒想到來了五十多位鄰居。",
    ]);
    expect(lines.at(-1)).toBe("希望以後每個月都能辦一次，不一定要等颱風來。");
    for (const noise of ["k8Qz", "Xa2@p", "立即註冊", "簽名", "回覆內容", "Discuz", "發表於"]) expect(text).not.toContain(noise);
  });
});

describe("extractHtml text rules", () => {
  const page = (body: string, head = "<title>标题</title>") => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

  it("writes one paragraph per block, <br> as a line break inside it", () => {
    const html = page("<div>直接的文字<p>段落一</p>后面的文字</div><ul><li>甲</li><li>乙</li></ul><p>第一行<br>第二行</p>");
    expect(paragraphsOf(html)).toEqual(["直接的文字", "段落一", "后面的文字", "甲", "乙", "第一行\n第二行"]);
  });

  it("collapses whitespace, drops source line breaks inside Chinese, trims ideographic indentation", () => {
    const html = page("<p>\u3000\u3000这是一场\n   没有硝烟的战争。</p><p>It was   a\nlong night.</p><p>&nbsp;&nbsp;数字 2020\n年</p>");
    expect(paragraphsOf(html)).toEqual(["这是一场没有硝烟的战争。", "It was a long night.", "数字 2020 年"]);
  });

  it("decodes entities and keeps preformatted lines", () => {
    const html = page("<p>A &amp; B &lt;标签&gt; &quot;引号&quot; &#20013;&#x6587;</p><pre>第一行\n    第二行\n</pre>");
    expect(paragraphsOf(html)).toEqual(['A & B <标签> "引号" 中文', "第一行\n第二行"]);
  });

  it("drops scripts, styles, navigation, header, footer, aside, forms and hidden elements", () => {
    const html = page(
      "<header>网站名</header><nav>菜单</nav><form><label>搜索</label><input value=x></form>" +
        "<p>正文。</p><p hidden>隐藏</p><p style='display: none'>不显示</p><p aria-hidden='true'>图标</p>" +
        "<aside>侧栏</aside><footer>页脚</footer><script>var a = '脚本';</script><style>p{}</style><noscript>请启用</noscript>",
    );
    expect(extractHtml(html).text).toBe("正文。");
  });

  it("takes the title from the headline, else <title>, else the only h1", () => {
    expect(extractHtml(page("<h1>新闻标题</h1><p>正文。</p>", "<title>新闻标题_频道_网站</title>")).title).toBe("新闻标题");
    expect(extractHtml(page("<h1>网站名</h1><p>正文。</p>", "<title>文章题目 - 网站名</title>")).title).toBe("文章题目 - 网站名");
    expect(extractHtml("<html><body><h1>唯一的标题</h1><p>正文。</p></body></html>").title).toBe("唯一的标题");
    expect(extractHtml("<p>没有标题。</p>").title).toBe("");
  });

  it("falls back to the body's text when there is no article", () => {
    expect(extractHtml(page("<nav>菜单</nav><div>短短一句。</div>"))).toEqual({ title: "标题", text: "短短一句。" });
    expect(extractHtml("")).toEqual({ title: "", text: "" });
  });
});

describe("extractHtml on hostile pages", () => {
  it("yields text only: nothing is run, loaded or kept from attributes", () => {
    const flag = globalThis as { pwned?: boolean };
    const html =
      "<html><head><script>globalThis.pwned = true</script></head><body onload='globalThis.pwned = true'>" +
      "<img src=x onerror='globalThis.pwned = true'><svg onload='globalThis.pwned = true'><text>矢量</text></svg>" +
      "<a href='javascript:globalThis.pwned = true'>点我</a> 看看。<iframe src='javascript:alert(1)'>框架</iframe>" +
      "<object data='x.swf'>对象</object><p>正常的段落。<script>document.write('<p>写入</p>')</script></p></body></html>";
    const { text } = extractHtml(html);
    expect(text).toBe("点我 看看。\n\n正常的段落。");
    expect(flag.pwned).toBeUndefined();
  });

  it("survives nesting 100,000 elements deep, quickly", () => {
    const depth = 100_000;
    const html = `<html><head><title>深</title></head><body>${"<div>".repeat(depth)}<p>深处的文字。</p>${"</div>".repeat(depth)}<p>外面的&amp;文字。</p></body></html>`;
    const start = performance.now();
    const { title, text } = extractHtml(html);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(title).toBe("深");
    expect(text).toBe("深处的文字。\n\n外面的&文字。");
  });

  it("reads a page nested too deep for Readability (but not flattened) from its body", () => {
    const html = `<html><body>${"<span>".repeat(500)}<p>嵌套五百层的段落。</p>${"</span>".repeat(500)}</body></html>`;
    const start = performance.now();
    expect(extractHtml(html).text).toBe("嵌套五百层的段落。");
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it("survives unclosed tags, raw-text elements and comments", () => {
    expect(extractHtml(`<p>一${"<p>二".repeat(20_000)}`).text.split("\n\n")).toHaveLength(20_001);
    expect(extractHtml(`${"<b>".repeat(3000)}粗体<script>never closed ${"<div>".repeat(10)}`).text).toBe("粗体");
    expect(extractHtml(`${"<i>".repeat(3000)}斜体<!-- never closed <p>注释</p>`).text).toBe("斜体");
  });
});
