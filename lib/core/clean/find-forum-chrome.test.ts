import { describe, expect, it } from "vitest";
import { afterRule } from "./apply-rule.test-helper";
import { findForumChrome } from "./find-forum-chrome";

describe("findForumChrome", () => {
  it("removes a login banner with its close button", () => {
    const text = "馬上注冊,結交更多好友,享用更多功能,讓你輕松玩轉社區。\n您需要 登錄 才可以下載或查看,沒有帳號?加入隨論\nx\n正文第一段。";
    expect(afterRule(findForumChrome, text)).toBe("正文第一段。");
  });

  it("keeps an attachment's name as a caption and removes its size, count and upload lines", () => {
    const text = "正文。\n小區防疫執勤.jpg (1.56 MB, 下載次數: 156)\n下載附件\n2022-4-15 15:46 上傳\n下一段。";
    expect(afterRule(findForumChrome, text)).toBe("正文。\n小區防疫執勤\n下一段。");
    const caption = findForumChrome(text).find((e) => e.kind === "caption");
    expect(caption?.detail).toBe("attachment");
  });

  it("removes an attachment line whose name is a camera file name", () => {
    expect(afterRule(findForumChrome, "IMG_20220415.jpg (856 KB, 下载次数: 3)\n正文。")).toBe("正文。");
  });

  it.each([
    ["an edited-by line", "本帖最后由 admin 于 2022-4-15 15:46 编辑\n正文。"],
    ["a Traditional edited-by line", "本帖最後由 小明 於 2022-4-15 15:46 編輯\n正文。"],
    ["a stray separator", "|\n正文。"],
    ["a post header", "发表于 2022-4-15 15:46\n正文。"],
  ])("removes %s", (_, text) => {
    expect(afterRule(findForumChrome, text)).toBe("正文。");
  });

  it.each([
    ["a sentence that mentions registering", "他馬上注冊了帳號，然後登錄論壇。"],
    ["an x that is not a close button", "正文。\nx\n第二段。"],
    ["a sentence about attachments", "請下載附件中的表格並填寫。"],
    ["a file name in prose", "照片 photo.jpg 很大。"],
    ["a date in prose", "2022-4-15 15:46 我們上傳了照片並通知大家。"],
    ["a table with pipes", "姓名 | 年齡 | 城市"],
  ])("leaves %s alone", (_, text) => {
    expect(findForumChrome(text)).toEqual([]);
  });
});
