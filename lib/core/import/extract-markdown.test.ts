import { describe, expect, it } from "vitest";
import { extractMarkdown } from "./extract-markdown";

const text = (md: string) => extractMarkdown(md).text;

describe("extractMarkdown", () => {
  it.each([
    ["ATX headings", "# 标题 #\n\n## 第二节", "标题\n\n第二节"],
    ["setext headings", "标题\n===\n\n正文。", "标题\n\n正文。"],
    ["emphasis", "这是*重点*，那是**更重点**，还有__粗体__和~~删除~~。", "这是重点，那是更重点，还有粗体和删除。"],
    ["underscores inside words", "snake_case_name 保持不变", "snake_case_name 保持不变"],
    ["links", '见[随州日报](https://example.com "标题")和[参考][1]。\n\n[1]: https://example.com', "见随州日报和参考。"],
    ["images", "![现场照片](img/1.jpg)", "现场照片"],
    ["autolinks", "<https://example.com/a> 网址", "https://example.com/a 网址"],
    ["inline code", "运行 `npm start` 即可", "运行 npm start 即可"],
    ["comments", "正文<!-- 编辑备注：\n不要翻译 -->继续。", "正文继续。"],
    ["an unclosed comment", "正文<!-- 永远没有结束", "正文"],
    ["list markers", "- 第一\n* 第二\n+ 第三\n1. 第四\n2) 第五\n- [x] 第六", "第一\n\n第二\n\n第三\n\n第四\n\n第五\n\n第六"],
    ["quotes", "> 我们是党员，\n> 我们先上！", "我们是党员，我们先上！"],
    ["thematic breaks", "上文\n\n***\n\n下文", "上文\n\n下文"],
    ["escapes", "\\*不是强调\\*", "*不是强调*"],
    ["inline HTML", "第一行<br>第二<span>段</span>", "第一行第二段"],
  ])("strips %s", (_, md, expected) => {
    expect(text(md)).toBe(expected);
  });

  it("joins the lines of a paragraph: nothing between Chinese characters, a space between words", () => {
    expect(text("这是一场没有硝烟的\n战争。\nIt was a long\nnight.")).toBe("这是一场没有硝烟的战争。 It was a long night.");
    expect(text("第一行  \n第二行")).toBe("第一行\n第二行"); // a hard break stays a line break
  });

  it("keeps code blocks as text, line by line", () => {
    expect(text('```js\nconst a = "代码";\n\nconsole.log(a);\n```\n正文')).toBe('const a = "代码";\nconsole.log(a);\n\n正文');
    expect(text("~~~\n没有结束的代码")).toBe("没有结束的代码");
  });

  it("turns table rows into tab-separated cells and drops the separator row", () => {
    expect(text("| 批次 | 人数 |\n|:---|---:|\n| 第一批 | **80** |")).toBe("批次\t人数\n\n第一批\t80");
    expect(text("批次 | 人数\n--- | ---\n第一批 | 80")).toBe("批次\t人数\n\n第一批\t80");
    expect(text("| a | b |\n\n甲 | 乙 是正文")).toBe("a\tb\n\n甲 | 乙 是正文");
  });

  it("keeps a realistic article's words in order", () => {
    const md = [
      "# 危难之时显身手",
      "",
      "作者：**张三**  ",
      "2020-04-05",
      "",
      "这是一场*没有硝烟*的战争，决战决胜的关键在于赶时间、抢速度。",
      "",
      "![现场](a.jpg)",
      "",
      "## 连夜集结",
      "",
      "1. 第一批：八十人",
      "2. 第二批：八十六人",
    ].join("\n");
    expect(text(md)).toBe(
      "危难之时显身手\n\n作者：张三\n2020-04-05\n\n这是一场没有硝烟的战争，决战决胜的关键在于赶时间、抢速度。\n\n现场\n\n连夜集结\n\n第一批：八十人\n\n第二批：八十六人",
    );
  });
});
