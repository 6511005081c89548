import { DATE, type ChromeVocabulary } from "./types";

// WeChat official-account articles (mp.weixin.qq.com): the follow prompts authors paste at the top and
// bottom, the QR-code lines, and the article's own footer (阅读原文, 阅读 10万+, 在看, 赞, 写留言).
export const WECHAT: ChromeVocabulary = {
  templates: [
    {
      pattern: String.raw`[↑▲]?\s*点击(?:上方|上面|顶部|标题下)?\s*(?:[“"「][^”"」]{1,16}[”"」]|蓝字)?\s*[,，]?\s*(?:选择|加)?\s*[“"「]?(?:关注我们|关注我|关注|设为星标|星标|置顶)(?:公众号|我们)?[”"」]?\s*[!！~～]?`,
      detail: "follow prompt",
    },
    { pattern: String.raw`长按(?:识别)?(?:图中|下方|上方|下图)?(?:二维码|小程序码|图片)(?:识别)?\s*[,，]?\s*(?:关注|加关注|关注我们|关注公众号|添加好友|进群|加入)?[^\s。！？，,]{0,6}`, detail: "follow prompt" },
    { pattern: String.raw`(?:微信)?扫一扫\s*(?:关注该公众号|使用小程序|关注我们)`, detail: "follow prompt" },
    { pattern: String.raw`点个?在看.{0,12}`, detail: "article footer" },
    { pattern: String.raw`(?:视频\s*小程序\s*)?赞\s*[,，]\s*轻点两下取消赞(?:\s*在看\s*[,，]\s*轻点两下取消在看)?`, detail: "article footer" },
    { pattern: String.raw`在看\s*[,，]\s*轻点两下取消在看`, detail: "article footer" },
    { pattern: String.raw`收录于(?:合集|话题)\s*#\S{1,30}(?:\s*\d+\s*个)?`, detail: "article footer" },
    // The article header: `原创 AUTHOR ACCOUNT DATE`.
    { pattern: String.raw`原创\s+\S{1,24}(?:\s+\S{1,30})?\s+${DATE}`, detail: "article header" },
    { pattern: String.raw`预览时标签不可点|轻触阅读原文|[向继][上续]滑动看下一个|喜欢此内容的人还喜欢`, detail: "article footer" },
  ],
  strongTokens: ["阅读原文", "写留言", String.raw`阅读\s*(?:10万\+|\d{1,6})`, "分享到朋友圈", "设为星标"],
  weakTokens: [
    "在看", "赞", "点赞", "分享", "收藏", "留言", "知道了", "取消", "允许", "往期推荐", "推荐阅读", "往期精彩",
    "精彩推荐", "原创", "[-—–]*\\s*END\\s*[-—–]*", "[▼▲↓]+",
  ],
  names: [String.raw`原创\s+(\S{1,24})(?:\s+\S{1,30})?\s+${DATE}`],
};
