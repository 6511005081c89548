import { DATE, type ChromeVocabulary } from "./types";

// phpwind 8 and 9 (Alibaba's forum software, read.php threads; template/wind/read.htm): the floor labels
// `[楼主]`/`[4楼]`, `Posted:`/`发表于:` dates, the author panel printed beside every post (its `<em>` labels
// run into their values when copied: `发帖128`, `注册时间2010-01-01`), the header bar (`只看该作者 小中大`),
// the buttons under a post (`回复 引用 评分 新鲜事`) and the page's own links and footer.
export const PHPWIND: ChromeVocabulary = {
  templates: [
    {
      pattern: String.raw`[\[【]?(?:楼主|沙发|板凳|地板|\d{1,5}\s*楼)[\]】]?\s*[|｜]?\s*(?:Posted|发表于|发布于)[:：]?\s*${DATE}(?:\s*[,，]\s*来自[:：]\s*\S{1,20})?`,
      detail: "post header",
    },
    { pattern: String.raw`(?:级别|等级)[:：]\s*\S{1,10}`, detail: "author panel" },
    { pattern: String.raw`(?:UID|精华|发帖|威望|银元|金钱|贡献值|好评度|积分|帖子|主题)\s*[:：]?\s*-?\d+\s*(?:点|个|枚|RMB)?`, detail: "author panel" },
    { pattern: String.raw`在线时间\s*[:：]?\s*\d+(?:\.\d+)?\s*(?:[(（]\s*小?时\s*[)）]|小?时)?`, detail: "author panel" },
    { pattern: String.raw`(?:注册时间|最后登录)\s*[:：]?\s*${DATE}`, detail: "author panel" },
    // The online badge beside the author's name.
    { pattern: String.raw`在线|离线`, detail: "author panel" },
    { pattern: String.raw`\d+\s*阅读\s*\d+\s*回复`, detail: "post header" },
    { pattern: String.raw`Powered by phpwind.{0,60}`, detail: "footer" },
  ],
  strongTokens: [
    "只看楼主", "回到顶部", String.raw`[\[【](?:楼主|沙发|板凳|地板|\d{1,5}\s*楼)[\]】]`, String.raw`Posted[:：]\s*${DATE}`,
    String.raw`小\s*中\s*大`, "倒序阅读", "正序阅读", "更多操作", "帖子浏览记录", "版块浏览记录", String.raw`\[切换到[宽窄]版\]`,
  ],
  weakTokens: ["顶端", "快速回复", "新鲜事", "最新帖子", "精华区", "全看"],
};
