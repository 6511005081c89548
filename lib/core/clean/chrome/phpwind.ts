import { DATE, type ChromeVocabulary } from "./types";

// phpwind 8 and 9 (Alibaba's forum software, read.php threads): the floor labels `[楼主]`/`[4楼]`,
// `Posted:`/`发表于:` dates and the author panel's profile fields printed beside every post.
export const PHPWIND: ChromeVocabulary = {
  templates: [
    { pattern: String.raw`[\[【]?(?:楼主|沙发|板凳|地板|\d{1,5}\s*楼)[\]】]?\s*[|｜]?\s*(?:Posted|发表于|发布于)[:：]?\s*${DATE}`, detail: "post header" },
    { pattern: String.raw`(?:级别|等级)[:：]\s*\S{1,10}`, detail: "author panel" },
    { pattern: String.raw`(?:精华|发帖|威望|银元|金钱|贡献值|好评度|积分|帖子|主题)[:：]\s*-?\d+\s*(?:点|个|枚)?`, detail: "author panel" },
    { pattern: String.raw`在线时间[:：]\s*\d+(?:\.\d+)?\s*[(（]?小时[)）]?`, detail: "author panel" },
    { pattern: String.raw`(?:注册时间|最后登录)[:：]\s*${DATE}`, detail: "author panel" },
  ],
  strongTokens: ["只看楼主", "回到顶部", String.raw`[\[【](?:楼主|沙发|板凳|地板|\d{1,5}\s*楼)[\]】]`, String.raw`Posted[:：]\s*${DATE}`],
  weakTokens: ["顶端", "快速回复", "离线"],
};
