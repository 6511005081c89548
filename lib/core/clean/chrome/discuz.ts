import { DATE, SIZE, USER, type ChromeVocabulary } from "./types";

// Discuz! X (the forum software most Chinese forums run): the strings its thread template
// (template/default/forum/viewthread*.htm) and language packs (source/language/forum/lang_template.php,
// lang_misc.php) print around a post, as they come out when a page is copied or saved as text.
export const DISCUZ: ChromeVocabulary = {
  templates: [
    // The guest banner (`guesttipsinthread`) in its default wording; sites change the tail.
    { pattern: String.raw`马上注册[,，]\s*结交更多好友.{0,40}`, detail: "login banner" },
    // `attach_nopermission_login`, with the site's own registration link name after the question mark.
    {
      pattern: String.raw`(?:附件[:：]\s*)?[您你]需要\s*登录\s*才可以下载或查看(?:附件)?\s*[。.，,]?\s*没有[帐账]号\s*[?？]?.{0,30}`,
      detail: "login banner",
    },
    { pattern: String.raw`没有[帐账]号\s*[?？]\s*(?:立即注册|注册帐号|注册|加入[^\s。，,]{0,20})`, detail: "login banner" },
    { pattern: String.raw`本帖子中包含更多资源.{0,40}`, detail: "login banner" },
    // Attachment blocks: size and download count, the download line, the upload date.
    { pattern: String.raw`(?:下载附件\s*(?:[(（]\s*(?:${SIZE}|\d+\s*张)\s*[)）])?)?\s*(?:保存到相册)?`, detail: "attachment" },
    { pattern: String.raw`${DATE}\s*上传`, detail: "attachment" },
    { pattern: String.raw`点击文件名下载附件`, detail: "attachment" },
    { pattern: String.raw`下载积分[:：].{0,20}`, detail: "attachment" },
    // `post_edit`: `本帖最后由 USER 于 DATE 编辑`, also as the raw `[i=s]` BBCode.
    { pattern: String.raw`(?:\[i=s\]\s*)?本帖最后由\s*.{1,30}?\s*于\s*${DATE}\s*编辑(?:\s*\[/i\])?`, detail: "edited by" },
    // Post headers: `USER 发表于 DATE | 只看该作者`; quote headers; `回复 5# USER`.
    {
      pattern: String.raw`(?:${USER}\s+)?发[表布]于[:：]?\s*${DATE}(?:\s*[|｜]?\s*(?:只看该作者|只看楼主|倒序浏览|正序浏览|阅读模式|显示全部楼层|来自手机|来自\S{1,20}客户端|IP属地[:：]\s*\S{1,10}))*`,
      detail: "post header",
    },
    { pattern: String.raw`引用[:：]?\s*${USER}\s*(?:于|发表于)\s*${DATE}(?:\s*发表)?`, detail: "quote header" },
    { pattern: String.raw`原帖由\s*${USER}\s*于\s*${DATE}\s*发表`, detail: "quote header" },
    { pattern: String.raw`回复\s*\d{1,6}\s*#\s*${USER}`, detail: "quote header" },
    { pattern: String.raw`查看[:：]\s*\d+\s*[|｜]\s*回复[:：]\s*\d+(?:\s*\[复制链接\])?`, detail: "post header" },
    { pattern: String.raw`提示[:：]\s*(?:作者被禁止或删除\s*内容自动屏蔽|该帖被管理员或版主屏蔽).{0,30}`, detail: "post header" },
    { pattern: String.raw`Powered by Discuz!.{0,40}`, detail: "footer" },
    { pattern: String.raw`[|｜]+`, detail: "separator" },
  ],
  strongTokens: [
    "只看该作者", "电梯直达", "跳转到指定楼层", "显示全部楼层", "倒序浏览", "正序浏览", "阅读模式", "使用道具",
    "返回列表", "发表回复", "高级模式", "回帖奖励", "上一主题", "下一主题", String.raw`\[复制链接\]`, "签名被屏蔽",
    "下载附件", "保存到相册", "本版积分规则", "快捷导航", "立即注册", "快速登录", "找回密码", String.raw`登录\s*[|｜/]\s*注册`, "本帖最后由",
  ],
  weakTokens: [
    "楼主", "沙发", "板凳", "地板", String.raw`\d{1,5}\s*#`, String.raw`#\s*\d{1,5}`, String.raw`\d{1,5}\s*楼`,
    "举报", "回复", "评分", "支持", "反对", "收藏", "分享", "打印", "引用", "编辑", "删除", "楼层", "来自手机", "马上注册", "登录",
  ],
  names: [
    String.raw`(\S{1,24})\s+发[表布]于[:：]?\s*${DATE}.*`,
    String.raw`(?:\[i=s\]\s*)?本帖最后由\s*(.{1,30}?)\s*于\s*${DATE}.*`,
    String.raw`引用[:：]?\s*(\S{1,24})\s*(?:于|发表于)\s*${DATE}.*`,
    String.raw`回复\s*\d{1,6}\s*#\s*(\S{1,24})`,
  ],
};
