// What the big Chinese platforms print around an article, as it lands in a pasted or scraped text.
// Written from what the pages show (Discuz! X templates, Baidu Tieba, WeChat official-account
// articles, news portals), in Simplified then Traditional: the generator's input, never the rules'.

/** A line in Simplified and Traditional; `{user}`, `{date}`, `{time}`, `{n}`, `{floor}` are filled in. */
export type ScriptPair = readonly [hans: string, hant: string];

export type Platform = "discuz" | "tieba" | "wechat" | "portal";
export const PLATFORMS: readonly Platform[] = ["discuz", "tieba", "wechat", "portal"];

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
  wechat: [],
  portal: [],
};

/** Lines above the article. */
export const PAGE_HEADERS: Record<Platform, readonly ScriptPair[]> = {
  discuz: [
    ["查看: {n}|回复: {n}", "查看: {n}|回復: {n}"],
    ["[复制链接]", "[複製鏈接]"],
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
