// What the big Chinese platforms print around an article, as it lands in a pasted or scraped text.
// Written from what the pages show (Discuz! X templates, phpwind 8's read.htm, Baidu Tieba, WeChat
// official-account articles, news portals), in Simplified then Traditional: the generator's input, never
// the rules'.

/** A line in Simplified and Traditional; `{user}`, `{date}`, `{time}`, `{n}`, `{floor}` are filled in. */
export type ScriptPair = readonly [hans: string, hant: string];

export type Platform = "discuz" | "phpwind" | "tieba" | "wechat" | "portal";
/** The platforms a page is given when none is asked for (phpwind pages come from their own mixes). */
export const PLATFORMS: readonly Platform[] = ["discuz", "tieba", "wechat", "portal"];
/** Forums, whose pages are threads of posts. */
export const FORUMS: readonly Platform[] = ["discuz", "phpwind", "tieba"];

/** Discuz! X: the guest banner at the top of a thread (its close button `x` on its own line). */
export const LOGIN_BANNERS: readonly ScriptPair[] = [
  ["马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。", "馬上註冊，結交更多好友，享用更多功能，讓你輕鬆玩轉社區。"],
  ["马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。", "馬上注冊,結交更多好友,享用更多功能,讓你輕松玩轉社區。"],
  ["您需要 登录 才可以下载或查看，没有账号？立即注册", "您需要 登錄 才可以下載或查看，沒有帳號？立即註冊"],
  ["您需要 登录 才可以下载或查看,没有帐号?加入本站(请注册中文用户名)", "您需要 登錄 才可以下載或查看,沒有帳號?加入本站(請注冊中文用戶名)"],
  ["登录 | 立即注册", "登錄 | 立即註冊"],
  ["快捷导航", "快捷導航"],
];

/** Lines above or between posts, per platform. */
export const POST_HEADERS: Record<Platform, readonly ScriptPair[]> = {
  discuz: [
    ["{user}", "{user}"],
    ["发表于 {date} {time}", "發表於 {date} {time}"],
    ["发表于 {date} {time} | 只看该作者", "發表於 {date} {time} | 只看該作者"],
    ["只看该作者", "只看該作者"],
    ["{floor}", "{floor}"],
    ["#{n}", "#{n}"],
    ["楼主", "樓主"],
    ["电梯直达", "電梯直達"],
  ],
  tieba: [
    ["{user}", "{user}"],
    ["{n}楼{date} {time}", "{n}樓{date} {time}"],
    ["来自Android客户端", "來自Android客戶端"],
    ["来自iPhone客户端{n}楼", "來自iPhone客戶端{n}樓"],
    ["该楼层疑似违规已被系统折叠 隐藏此楼查看此楼", "該樓層疑似違規已被系統折疊 隱藏此樓查看此樓"],
  ],
  // phpwind 8 (template/wind/read.htm): the author panel beside the post, copied as lines (its `<em>`
  // labels run into their values), then the floor label and `发表于:`.
  phpwind: [
    ["{user}", "{user}"],
    ["离线", "離線"],
    ["级别: 新手上路", "級別: 新手上路"],
    ["级别: 论坛版主", "級別: 論壇版主"],
    ["UID{n}{n}", "UID{n}{n}"],
    ["精华{n}", "精華{n}"],
    ["发帖{n}", "發帖{n}"],
    ["威望{n} 点", "威望{n} 點"],
    ["银元{n} 枚", "銀元{n} 枚"],
    ["在线时间{n}(时)", "在線時間{n}(時)"],
    ["注册时间{date}", "註冊時間{date}"],
    ["最后登录{date}", "最後登錄{date}"],
    ["只看该作者  小中大", "只看該作者  小中大"],
    ["板凳 发表于: {date} {time}", "板凳 發表於: {date} {time}"],
    ["{n}楼 发表于: {date} {time} , 来自: 广东省广州市", "{n}樓 發表於: {date} {time} , 來自: 台灣省台北市"],
  ],
  wechat: [],
  portal: [],
};

/** Lines under a post, per platform. */
export const POST_FOOTERS: Record<Platform, readonly ScriptPair[]> = {
  discuz: [
    ["回复 举报", "回復 舉報"],
    ["使用道具 举报", "使用道具 舉報"],
    ["回复", "回復"],
    ["举报", "舉報"],
    ["支持 反对", "支持 反對"],
    ["评分", "評分"],
  ],
  tieba: [
    ["回复(3)", "回復(3)"],
    ["回复({n})", "回復({n})"],
    ["收起回复", "收起回復"],
    ["我也说一句", "我也說一句"],
  ],
  phpwind: [
    ["回复 引用 评分", "回復 引用 評分"],
    ["回复 引用 收藏 新鲜事", "回復 引用 收藏 新鮮事"],
    ["举报 顶端", "舉報 頂端"],
  ],
  wechat: [],
  portal: [],
};

/** Lines above the article. */
export const PAGE_HEADERS: Record<Platform, readonly ScriptPair[]> = {
  discuz: [
    ["查看: {n}|回复: {n}", "查看: {n}|回復: {n}"],
    ["[复制链接]", "[複製鏈接]"],
  ],
  phpwind: [
    ["{n}阅读 {n}回复", "{n}閱讀 {n}回復"],
    ["上一主题下一主题", "上一主題下一主題"],
    ["只看楼主  小中大  倒序阅读", "只看樓主  小中大  倒序閱讀"],
    ["[切换到宽版] 最新帖子 精华区", "[切換到寬版] 最新帖子 精華區"],
  ],
  tieba: [["只看楼主 收藏 回复", "只看樓主 收藏 回復"]],
  wechat: [
    ["原创 {user} {user}的号 {date}", "原創 {user} {user}的號 {date}"],
    ["点击上方蓝字关注我们", "點擊上方藍字關注我們"],
    ["点击蓝字 关注我们", "點擊藍字 關注我們"],
    ["预览时标签不可点", "預覽時標籤不可點"],
  ],
  portal: [
    ["{date} {time} 来源：{user}网", "{date} {time} 來源：{user}網"],
    ["分享到：", "分享到："],
    ["字号：大 中 小", "字號：大 中 小"],
    ["【打印】 【关闭】", "【打印】 【關閉】"],
  ],
};

/** Lines below the article. */
export const PAGE_FOOTERS: Record<Platform, readonly ScriptPair[]> = {
  discuz: [
    ["返回列表", "返回列表"],
    ["高级模式", "高級模式"],
    ["本版积分规则", "本版積分規則"],
  ],
  phpwind: [
    ["上一主题下一主题", "上一主題下一主題"],
    ["帖子浏览记录版块浏览记录", "帖子瀏覽記錄版塊瀏覽記錄"],
    ["快速回复", "快速回復"],
    ["Powered by phpwind v8.7 Code © 2003-2011 phpwind.com", "Powered by phpwind v8.7 Code © 2003-2011 phpwind.com"],
  ],
  tieba: [["下一页 尾页", "下一頁 尾頁"]],
  wechat: [
    ["长按二维码关注", "長按二維碼關注"],
    ["阅读原文", "閱讀原文"],
    ["喜欢此内容的人还喜欢", "喜歡此內容的人還喜歡"],
    ["在看", "在看"],
    ["赞", "讚"],
    ["分享 收藏 {n} 在看", "分享 收藏 {n} 在看"],
    ["微信扫一扫 关注该公众号", "微信掃一掃 關注該公眾號"],
  ],
  portal: [
    ["责任编辑：{user}", "責任編輯：{user}"],
    ["【纠错】", "【糾錯】"],
    ["分享到：", "分享到："],
    ["相关新闻", "相關新聞"],
    ["[责任编辑：{user}]", "[責任編輯：{user}]"],
  ],
};

/** Discuz! attachment block lines after the file's line. */
export const ATTACHMENT_LINES: readonly ScriptPair[] = [
  ["下载附件", "下載附件"],
  ["下载附件  保存到相册", "下載附件  保存到相冊"],
  ["下载附件 (1 张)", "下載附件 (1 張)"],
  ["{date} {time} 上传", "{date} {time} 上傳"],
];
export const ATTACHMENT_SIZE: ScriptPair = ["({size}, 下载次数: {n})", "({size}, 下載次數: {n})"];

/** `本帖最后由 USER 于 DATE 编辑`, which Discuz! puts at the top of an edited post. */
export const EDITED_BY: readonly ScriptPair[] = [
  ["本帖最后由 {user} 于 {date} {time} 编辑", "本帖最後由 {user} 於 {date} {time} 編輯"],
];

export const USER_NAMES: readonly string[] = ["xiaoyu2008", "风中的猫", "老张", "Tony_Lee", "一叶知秋", "hz_wang", "雨後彩虹", "阿文"];

/** Discuz! quote block header (`[quote]` in a reply), above the quoted post's first words. */
export const QUOTE_HEADER: ScriptPair = ["{user} 发表于 {date} {time}", "{user} 發表於 {date} {time}"];

/** Discuz! floor names, from the second post on. */
export const FLOOR_NAMES: readonly ScriptPair[] = [
  ["沙发", "沙發"],
  ["板凳", "板凳"],
  ["地板", "地板"],
  ["5#", "5#"],
];

/**
 * Signatures under forum posts (Discuz!'s `<div class="sign">`, phpwind's `<div class="signature">` after
 * its `sigline`): what users put there, with the `----` line some of them write above it in text copies.
 */
export const SIGNATURE_LINES: readonly ScriptPair[] = [
  ["人生若只如初见，何事秋风悲画扇。", "人生若只如初見，何事秋風悲畫扇。"],
  ["我的小店：https://shop{n}.taobao.com 欢迎光临", "我的小店：https://shop{n}.taobao.com 歡迎光臨"],
  ["本地生活交流QQ群：{n}{n}{n}", "本地生活交流QQ群：{n}{n}{n}"],
  ["签名被屏蔽", "簽名被屏蔽"],
  ["努力工作，认真生活。", "努力工作，認真生活。"],
  ["◆ 新人报到，请多关照 ◆", "◆ 新人報到，請多關照 ◆"],
  ["[url=http://www.example.com]我的博客[/url]", "[url=http://www.example.com]我的部落格[/url]"],
];
export const SIGNATURE_SEPARATORS: readonly string[] = ["----", "--------------------", "————————", "__________________"];

/**
 * What a saved page shows around the text, beside the lines above: Discuz! X's thread page (nav `#nv`,
 * breadcrumbs `#pt`, author panel `.pls`, floor header `.pi`, post buttons `.po`), phpwind 8's read.htm
 * (`.floot_left` panel, `.tipTop`, `.tipBottom`), WeChat's article page (`#meta_content`, the toolbar) and a
 * news portal's article template (nav, breadcrumbs, related news, footer).
 */
export const SAVED_PAGE_CHROME = {
  discuzPanel: [["积分", "積分"], ["帖子", "帖子"]],
  floors: [["楼主", "樓主"], ["沙发", "沙發"], ["板凳", "板凳"], ["地板", "地板"]],
  floorUnit: [["楼", "樓"]],
  onlyAuthor: [["只看该作者", "只看該作者"]],
  onlyStarter: [["只看楼主", "只看樓主"]],
  reply: [["回复", "回復"]],
  report: [["举报", "舉報"]],
  quote: [["引用", "引用"]],
  top: [["顶端", "頂端"]],
  downloads: [["下载次数", "下載次數"]],
  offline: [["离线", "離線"]],
  phpwindPanel: [["级别: 新手上路", "級別: 新手上路"], ["发帖", "發帖"], ["注册时间", "註冊時間"]],
  siteNav: [["首页 论坛 群组 排行榜 搜索", "首頁 論壇 群組 排行榜 搜索"]],
  forumName: [["江城论坛", "江城論壇"]],
  boardName: [["生活杂谈", "生活雜談"]],
  original: [["原创", "原創"]],
  account: [["生活号", "生活號"]],
  readCount: [["阅读", "閱讀"]],
  portalNav: [["首页 新闻 财经 体育 娱乐 汽车", "首頁 新聞 財經 體育 娛樂 汽車"]],
  portalCrumbs: [["首页 > 新闻中心 > 本地新闻 > 正文", "首頁 > 新聞中心 > 本地新聞 > 正文"]],
  portalName: [["江城网", "江城網"]],
  portalFooter: [["关于我们 | 联系我们 | 网站地图 | 版权所有 © 2022 江城网", "關於我們 | 聯繫我們 | 網站地圖 | 版權所有 © 2022 江城網"]],
  relatedNews: [
    ["我市新增三条公交线路 方便市民出行", "我市新增三條公交線路 方便市民出行"],
    ["江城今冬供暖时间确定", "江城今冬供暖時間確定"],
    ["全市中小学开展消防安全演练", "全市中小學開展消防安全演練"],
  ],
} satisfies Record<string, readonly ScriptPair[]>;
