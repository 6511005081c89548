import { describe, expect, it } from "vitest";
import { splitChineseSentences, splitEnglishSentences, splitSentences } from "./split-sentences";

const texts = (spans: { text: string }[]) => spans.map((span) => span.text);

describe("splitChineseSentences", () => {
  it.each([
    ["at 。！？；", "今天下雨。明天呢？太好了！第一；第二", ["今天下雨。", "明天呢？", "太好了！", "第一；", "第二"]],
    ["keeping ！？ and …… runs together", "真的吗！？他走了……然后呢", ["真的吗！？", "他走了……", "然后呢"]],
    ["keeping closing quotes with the sentence", "他说：“我来了。”她笑了。", ["他说：“我来了。”", "她笑了。"]],
    ["with corner quotes and brackets", "「走吧！」（完。）下文", ["「走吧！」", "（完。）", "下文"]],
    ["in Traditional script too", "隨州市發佈通知。請注意！", ["隨州市發佈通知。", "請注意！"]],
    ["not at commas or colons", "第一，第二：第三、第四", ["第一，第二：第三、第四"]],
    ["not at an ASCII opening quote", '他说完了。"下一句"开始', ["他说完了。", '"下一句"开始']],
  ])("splits %s", (_, text, expected) => {
    expect(texts(splitChineseSentences(text))).toEqual(expected);
  });

  it("gives code-point ranges into the text, trimmed of spaces", () => {
    // 𠀀 is outside the BMP: two UTF-16 units, one code point.
    expect(splitChineseSentences("𠀀好。 再见。")).toEqual([
      { start: 0, end: 3, text: "𠀀好。" },
      { start: 4, end: 7, text: "再见。" },
    ]);
  });

  it("finds nothing in blank text", () => {
    expect(splitChineseSentences("  \n")).toEqual([]);
  });
});

describe("splitEnglishSentences", () => {
  it.each([
    ["at . ! ?", "It rained. Did it? Yes! Then", ["It rained.", "Did it?", "Yes!", "Then"]],
    ["keeping closing quotes", 'He said "Go." She went.', ['He said "Go."', "She went."]],
    ["keeping curly quotes and ?! runs", "“Really?!” He left.", ["“Really?!”", "He left."]],
    ["not before a quote's lower-case tag", "“Really?!” she asked. No.", ["“Really?!” she asked.", "No."]],
    ["not after titles", "Mr. Li met Dr. Wang. They talked.", ["Mr. Li met Dr. Wang.", "They talked."]],
    ["not after U.S., e.g. or i.e.", "The U.S. Army came, e.g. today, i.e. Monday. Good.", ["The U.S. Army came, e.g. today, i.e. Monday.", "Good."]],
    ["not after No. before a number", "See No. 5 on the list. No. It is not.", ["See No. 5 on the list.", "No.", "It is not."]],
    ["not inside decimals or names", "Growth was 1.5 percent at example.com today. Fine.", ["Growth was 1.5 percent at example.com today.", "Fine."]],
    ["not after initials", "J. K. Rowling wrote it. Many read it.", ["J. K. Rowling wrote it.", "Many read it."]],
    ["not before a lower-case word", "It cost 5 p. per item. Next.", ["It cost 5 p. per item.", "Next."]],
    ["at an ellipsis", "Wait… Then go.", ["Wait…", "Then go."]],
  ])("splits %s", (_, text, expected) => {
    expect(texts(splitEnglishSentences(text))).toEqual(expected);
  });

  it("gives code-point ranges trimmed of spaces", () => {
    expect(splitSentences("  One.  Two. ", "en")).toEqual([
      { start: 2, end: 6, text: "One." },
      { start: 8, end: 12, text: "Two." },
    ]);
  });
});
