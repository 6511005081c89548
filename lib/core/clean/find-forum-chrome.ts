import type { Edit, RuleFinder } from "./types";

type LinePattern = { pattern: RegExp; detail: string };

// Whole lines of forum furniture (Discuz! and similar), in Simplified and Traditional forms.
const CHROME_LINES: LinePattern[] = [
  { pattern: /^(马上|馬上)(注册|注冊)/, detail: "login banner" },
  { pattern: /^(您需要|你需要)\s*(登录|登錄)\s*才可以/, detail: "login banner" },
  { pattern: /^(没有|沒有)(帐号|帳號|账号)/, detail: "login banner" },
  { pattern: /^(立即注册|立即注冊|快速登录|快速登錄|登录\s*[|｜/]\s*注册|登錄\s*[|｜/]\s*注冊)$/, detail: "login banner" },
  { pattern: /^(下载附件|下載附件|保存到相册|保存到相冊)(\s*\(.*\))?$/, detail: "attachment" },
  { pattern: /^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(:\d{2})?\s*(上传|上傳)$/, detail: "attachment" },
  { pattern: /^本帖最(后|後)由\s*.+\s*(于|於)\s*\d{4}-\d{1,2}-\d{1,2}.*(编辑|編輯)$/, detail: "edited by" },
  { pattern: /^(发表于|發表於)\s*\d{4}-\d{1,2}-\d{1,2}/, detail: "post header" },
  { pattern: /^(只看该作者|只看該作者|电梯直达|電梯直達|返回列表|使用道具|举报|舉報|回复|回復|收藏|分享)(\s.*)?$/, detail: "post header" },
  { pattern: /^[|｜]+$/, detail: "separator" },
];

// `NAME.jpg (1.56 MB, 下載次數: 156)`: the name is the author's caption, the rest is chrome.
const ATTACHMENT = /^(.*?)(\.(?:jpe?g|png|gif|webp|bmp)\s*\(\s*\d+(?:\.\d+)?\s*(?:[KM]?B|[KM])\s*[,，]\s*(?:下载次数|下載次數)\s*[:：]\s*\d+\s*\))$/i;
const HAS_HAN = /[\u3400-\u9fff]/;
const CLOSE_BUTTON = /^[x×✕]$/;

/**
 * Forum chrome: login and registration banners (with their lone `x` close button), attachment blocks,
 * "edited by" lines, post headers and stray `|` lines. An attachment's file name stays as a caption.
 */
export const findForumChrome: RuleFinder = (text) => {
  const edits: Edit[] = [];
  let offset = 0;
  let afterBanner = false;
  for (const line of text.split("\n")) {
    const lineEnd = offset + line.length + 1; // with its line break
    const trimmed = line.trim();
    const chrome = CHROME_LINES.find(({ pattern }) => pattern.test(trimmed));
    const attachment = chrome ? null : ATTACHMENT.exec(trimmed);
    if (chrome) {
      edits.push({ rule: "chrome", start: offset, end: Math.min(lineEnd, text.length), replacement: "", detail: chrome.detail });
    } else if (afterBanner && CLOSE_BUTTON.test(trimmed)) {
      edits.push({ rule: "chrome", start: offset, end: Math.min(lineEnd, text.length), replacement: "", detail: "login banner" });
    } else if (attachment && HAS_HAN.test(attachment[1])) {
      const start = offset + line.indexOf(attachment[2]);
      edits.push({ rule: "chrome", start, end: start + attachment[2].length, replacement: "", detail: "attachment", kind: "caption" });
    } else if (attachment) {
      edits.push({ rule: "chrome", start: offset, end: Math.min(lineEnd, text.length), replacement: "", detail: "attachment" });
    }
    if (trimmed !== "") afterBanner = chrome?.detail === "login banner";
    offset = lineEnd;
  }
  return edits;
};
