import type { ExportData, WriteContext } from "../export-data";

// The awkward content every format must carry: markup characters, quotes, emoji, a CJK Extension B
// character (U+20000), a newline inside a paragraph, control characters, and formula-like cells.
const at = new Date("2025-01-02T03:04:05.000Z");

export const SAMPLE_CONTEXT: WriteContext = { now: at, toolVersion: "0.1.0" };

export const SAMPLE_DATA: ExportData = {
  document: {
    id: 7,
    title: "研发 & 测试：<样本> \"引号\"",
    encoding: "utf-8",
    script: "hans",
    sourceLang: "zh-Hans",
    targetLang: "en",
    sourceUrl: "https://example.com/post?a=1&b=2",
    note: "scraped 2025",
    createdAt: at,
    updatedAt: at,
  },
  segments: [
    { id: 31, position: 0, kind: "heading", source: "研发 & 测试", target: "R&D & testing", status: "reviewed", version: 3 },
    { id: 32, position: 1, kind: "body", source: "如果 a < b 且 b > c，“引号”与'单引号'", target: "If a < b and b > c, \"quotes\" and 'single'", status: "translated", version: 1 },
    { id: 33, position: 2, kind: "body", source: "给这篇文章点赞 👍🎉 罕用字𠀀", target: "Like this 👍🎉 rare 𠀀", status: "draft", version: 2, origin: "mt:openai:gpt-4o-mini" },
    { id: 34, position: 3, kind: "body", source: "第一行\n第二行\u0007铃", target: "Line one\nLine two\u0001", status: "translated", version: 1 },
    { id: 35, position: 4, kind: "body", source: "=1+2 公式", target: "@SUM(A1) -3 +4", status: "translated", version: 1 },
    { id: 36, position: 5, kind: "caption", source: "还没翻译的段落。", target: "", status: "untranslated", version: 0 },
  ],
  annotations: [
    { segmentId: 31, start: 0, end: 2, quote: "研发", gloss: "R&D", note: "research & development", pinyin: "yánfā", category: "term" },
    { segmentId: 33, start: 11, end: 12, quote: "𠀀", gloss: "", note: "Extension B <rare>", pinyin: "", category: "other" },
  ],
  terms: [
    { source: "研发", target: "R&D", note: "a < b", usage: "preferred" },
    { source: "点赞", target: "like 👍", note: "", usage: "preferred" },
    { source: "=公式", target: "-formula", note: "line\nbreak", usage: "forbidden" },
  ],
};
