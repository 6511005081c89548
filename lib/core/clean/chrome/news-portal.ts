import { DATE, type ChromeVocabulary } from "./types";

// Chinese news portals (Xinhua, People's Daily Online, Sina, Sohu, NetEase and the many sites built on
// the same CMS templates): the dateline with its source, the editor line, the share bar and the bracketed
// tool links (`【纠错】`, `【打印】`, `【字号 大 中 小】`). A source line on its own (`（来源：江城日报）`) is the
// article's byline, not chrome.
export const NEWS_PORTAL: ChromeVocabulary = {
  templates: [
    { pattern: String.raw`[（(【\[]?\s*责任编辑\s*[:：]\s*[^\s，。,]{1,12}\s*[）)】\]]?`, detail: "editor" },
    { pattern: String.raw`${DATE}\s*(?:来源|稿源)\s*[:：]\s*\S{1,20}(?:\s*(?:作者|编辑|责任编辑)\s*[:：]\s*\S{1,12})*`, detail: "dateline" },
    { pattern: String.raw`分享到\s*[:：]?\s*(?:(?:微信|朋友圈|微博|新浪微博|QQ空间|QQ|豆瓣|腾讯微博|人民微博)[\s、|｜]*)*`, detail: "share bar" },
    { pattern: String.raw`原标题\s*[:：].{1,40}`, detail: "original title" },
    { pattern: String.raw`扫一扫在手机(?:上)?(?:打开|查看)当前页(?:面)?`, detail: "share bar" },
  ],
  strongTokens: [
    String.raw`[【\[]\s*(?:纠错|打印|关闭|关闭窗口|我要评论|返回顶部|收藏|推荐|评论|分享|字号\s*[:：]?\s*大\s*中\s*小)\s*[】\]]`,
    String.raw`字号\s*[:：]?\s*大\s*中\s*小`, "打印本页", "关闭窗口", "返回顶部",
  ],
  weakTokens: ["网友评论", "相关新闻", "相关阅读", "热点推荐", "点击排行", "我要评论", "打印", "关闭"],
};
