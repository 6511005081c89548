import { describe, expect, it } from "vitest";
import { afterRule } from "./apply-rule.test-helper";
import { cleanText } from "./clean-text";
import { findForumChrome } from "./find-forum-chrome";

const BODY = "正文第一段。";

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

  describe("Discuz! X", () => {
    it.each([
      ["the default guest banner", "马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。"],
      ["the default guest banner (Traditional)", "馬上註冊，結交更多好友，享用更多功能，讓你輕鬆玩轉社區。"],
      ["the attachment login line", "您需要 登录 才可以下载或查看，没有账号？立即注册"],
      ["the attachment login line (Traditional)", "您需要 登錄 才可以下載或查看，沒有帳號？立即註冊"],
      ["a sign-up prompt", "没有帐号？注册"],
      ["an attachment line with a save button", "下载附件  保存到相册"],
      ["an attachment line with a count (Traditional)", "下載附件 (1 張)"],
      ["an attachment line with a size", "下载附件 (2.35 MB)"],
      ["an upload date", "2023-5-17 10:11 上传"],
      ["an upload date with seconds (Traditional)", "2023-5-17 10:11:12 上傳"],
      ["an edited-by line in BBCode", "[i=s] 本帖最后由 老王 于 2023-5-17 10:11 编辑 [/i]"],
      ["a post header with its author", "张三 发表于 2023-5-17 10:11 | 只看该作者"],
      ["a post header (Traditional)", "張三 發表於 2023-5-17 10:11 | 只看該作者"],
      ["a quote header", "引用: 李四 发表于 2023-5-17 10:11"],
      ["a quote header (Traditional)", "引用：李四 發表於 2023-5-17 10:11"],
      ["a reply header", "回复 5# 李四"],
      ["a reply header (Traditional)", "回覆 5# 李四"],
      ["a toolbar", "回复 举报"],
      ["a toolbar (Traditional)", "使用道具 舉報"],
      ["a floor with a jump box", "沙发 电梯直达"],
      ["a floor and a post-author link", "楼主 | 只看该作者"],
      ["thread statistics", "查看: 1234|回复: 56 [复制链接]"],
      ["a camera attachment", "IMG_20230517_101112.jpg (2.35 MB, 下载次数: 0)"],
      ["a phone attachment", "DSC_0042.JPG (856 KB, 下載次數: 3)"],
      ["a WeChat attachment", "微信图片_20220415154601.jpg (1.2 MB, 下载次数: 8)"],
      ["a QQ screenshot attachment", "QQ截图20230517101112.png (96 KB, 下载次数: 1)"],
      ["an mmexport attachment", "mmexport1684300000000.jpg (1.1 MB, 下载次数: 2)"],
    ])("removes %s", (_, line) => {
      expect(afterRule(findForumChrome, `${line}\n${BODY}`)).toBe(BODY);
    });

    it("removes a whole attachment block with a camera name", () => {
      const text = `${BODY}\nIMG_20230517_101112.jpg (2.35 MB, 下载次数: 0)\n\n下载附件  保存到相册\n\n2023-5-17 10:11 上传\n\n第二段。`;
      expect(afterRule(findForumChrome, text).split("\n").filter(Boolean)).toEqual([BODY, "第二段。"]);
    });

    it("removes a bare camera file name among attachment lines, but only offers one on its own", () => {
      expect(afterRule(findForumChrome, `IMG_0042.jpg\n下载附件\n${BODY}`)).toBe(BODY);
      const alone = findForumChrome(`${BODY}\nIMG_0042.jpg\n第二段。`);
      expect(alone).toHaveLength(1);
      expect(alone[0].isSuggestion).toBe(true);
    });

    it("removes a close button under the login links", () => {
      expect(afterRule(findForumChrome, `登录 | 立即注册\nx\n${BODY}`)).toBe(BODY);
      expect(afterRule(findForumChrome, `快捷導航\nx\n${BODY}`)).toBe(BODY);
    });

    it("removes a quote block's header and its cut-short text, keeping the reply", () => {
      const text = `风中的猫 发表于 2017-6-1 22:07\n有一回，一位老先生拿来一块停了很多年的怀表。父亲看了看，说：...\n我也这么觉得。`;
      expect(afterRule(findForumChrome, text)).toBe("我也这么觉得。");
    });

    it("keeps a line ending in an ellipsis that follows no quote header", () => {
      expect(findForumChrome(`${BODY}\n他想了想，说：……`)).toEqual([]);
    });

    it("removes a line holding only a name the page's post headers use", () => {
      const text = `${BODY}\n阿文\n发表于 2022-1-11 4:15\n第二段。\n阿文 发表于 2022-1-12 8:00\n第三段。`;
      expect(afterRule(findForumChrome, text)).toBe(`${BODY}\n第二段。\n第三段。`);
    });

    it("keeps the floor words of a post header among its other lines", () => {
      const text = `楼主\n张三 发表于 2023-5-17 10:11\n${BODY}\n沙发\n李四 发表于 2023-5-17 10:20\n回复得好。`;
      expect(afterRule(findForumChrome, text)).toBe(`${BODY}\n回复得好。`);
    });
  });

  describe("phpwind", () => {
    it.each([
      ["a floor and date", "[楼主] | Posted: 2012-05-17 10:11"],
      ["a floor and date (Traditional)", "[4樓] | 發表於: 2012-05-17 10:11"],
      ["an author-panel field", "发帖: 128"],
      ["an author-panel field (Traditional)", "在線時間: 36(小時)"],
      ["a registration date", "注册时间: 2010-01-01"],
      ["a toolbar", "只看楼主 | 回到顶部"],
      ["a panel field copied without its colon", "发帖128"],
      ["a panel field with a unit (Traditional)", "威望79 點"],
      ["the online time after the punctuation rule", "在线时间54（时）"],
      ["a registration date without a colon", "註冊時間2017-6-9"],
      ["the online badge", "离线"],
      ["the header bar", "只看该作者  小中大"],
      ["the post buttons", "回复 引用 收藏 新鲜事"],
      ["the thread's counters", "123阅读 4回复"],
      ["a floor header with the poster's region", "5楼 发表于: 2012-05-17 10:11 , 来自: 广东省广州市"],
      ["the page links", "[切换到宽版] 最新帖子 精华区"],
      ["the footer", "Powered by phpwind v8.7 Code © 2003-2011 phpwind.com"],
    ])("removes %s", (_, line) => {
      expect(afterRule(findForumChrome, `${line}\n${BODY}`)).toBe(BODY);
    });

    it("removes a Han user name above the author panel", () => {
      expect(afterRule(findForumChrome, `${BODY}\n雨後彩虹\n離線\n級別: 新手上路\n回覆得好。`)).toBe(`${BODY}\n回覆得好。`);
    });

    it.each([
      ["prose about being online", "在线教育这几年发展很快。"],
      ["prose about offline maps", "离线地图在山里也能用。"],
      ["a line that starts with a panel word", "发帖之前请先看版规。"],
      ["sizes in prose", "字号分小中大三种，我一般选中号。"],
    ])("keeps %s", (_, line) => {
      expect(afterRule(findForumChrome, `${BODY}\n${line}`)).toBe(`${BODY}\n${line}`);
    });
  });

  describe("signatures", () => {
    it.each([
      ["a signature under a rule line", "----\n人生若只如初见，何事秋风悲画扇。\n回复 举报"],
      ["a two-line signature (Traditional)", "————————\n努力工作，認真生活。\n本地生活交流QQ群：12345\n回復 舉報"],
      ["a signature before the next post's header", "__________________\n我的小店：https://shop1.taobao.com\n李四 发表于 2023-5-17 10:20"],
    ])("removes %s", (_, signature) => {
      const kept = afterRule(findForumChrome, `${BODY}\n${signature}\n第二段。`);
      expect(kept).toBe(`${BODY}\n第二段。`);
    });

    it.each([
      ["a rule line and lines that end the text", "----\n二〇二三年五月，于北京。"],
      ["a rule line before more than a signature", "----\n第一行。\n第二行。\n第三行。\n第四行。\n回复 举报"],
      ["a rule line before a long paragraph", `----\n${"很长的一段正文，".repeat(10)}\n回复 举报`],
    ])("keeps %s", (_, text) => {
      const kept = afterRule(findForumChrome, `${BODY}\n${text}`);
      expect(kept.startsWith(`${BODY}\n----\n`)).toBe(true);
    });
  });

  describe("Baidu Tieba", () => {
    it.each([
      ["a reply counter", "回复(3)"],
      ["a reply counter (Traditional)", "回覆(3)"],
      ["the fold button", "收起回复"],
      ["a folded floor", "该楼层疑似违规已被系统折叠 隐藏此楼查看此楼"],
      ["a folded floor (Traditional)", "該樓層疑似違規已被系統折疊 隱藏此樓查看此樓"],
      ["a floor's tail line", "来自Android客户端2楼2022-05-17 10:11"],
      ["a floor's tail line (Traditional)", "來自iPhone客戶端3樓2022-05-17 10:11"],
      ["more replies", "还有5条回复，点击查看"],
      ["the IP region", "IP属地:广东"],
      ["a reply prompt", "我也说一句"],
      ["a client line with its floor", "来自iPhone客户端162楼"],
    ])("removes %s", (_, line) => {
      expect(afterRule(findForumChrome, `${line}\n${BODY}`)).toBe(BODY);
    });

    it("removes a handle above a floor's footer, and only offers a Han name (it may be a title)", () => {
      expect(afterRule(findForumChrome, `${BODY}\nTony_Lee\n来自Android客户端\n第二段。`)).toBe(`${BODY}\n第二段。`);
      const han = findForumChrome(`${BODY}\n风中的猫\n来自Android客户端\n第二段。`);
      expect(han[0]).toMatchObject({ detail: "post header", isSuggestion: true });
    });

    it("removes Han names when several posts each print one above their header: a thread's users, not a title", () => {
      const post = (name: string, time: string, body: string) => `${name}\n發表於 2024-3-8 ${time} | 只看該作者\n${body}`;
      const thread = [post("山路騎士", "21:15", BODY), post("小雨點", "22:03", "我也去過。"), post("山路騎士", "22:40", "謝謝。")].join("\n");
      expect(afterRule(findForumChrome, thread)).toBe(`${BODY}\n我也去過。\n謝謝。`);
      const names = findForumChrome(thread).filter((edit) => ["山路騎士", "小雨點"].includes(thread.slice(edit.start, edit.end).trim()));
      expect(names).toHaveLength(3);
      expect(names.every((edit) => !edit.isSuggestion)).toBe(true);
    });
  });

  describe("WeChat articles", () => {
    it.each([
      ["the follow prompt", "点击上方蓝字关注我们"],
      ["the follow prompt (Traditional)", "點擊上方藍字關注我們"],
      ["a star prompt", "点击上方“江城发布”，选择“设为星标”"],
      ["a QR-code line", "长按二维码关注"],
      ["a QR-code line (Traditional)", "長按識別二維碼關注"],
      ["the read-more link", "阅读原文"],
      ["the read-more link (Traditional)", "閱讀原文"],
      ["the footer bar", "阅读原文 阅读 10万+ 赞 在看"],
      ["a like and a wow", "赞 在看"],
      ["the like buttons (Traditional)", "讚 在看"],
      ["a share-and-look prompt", "点个在看，你最好看"],
      ["a follow prompt without 上方", "点击蓝字 关注我们"],
      ["the footer bar with counts", "分享 收藏 172 在看"],
      ["the article header", "原创 风中的猫 江城发布 2021-3-14"],
      ["the article header (Traditional)", "原創 風中的貓 江城發佈 2021-3-14"],
    ])("removes %s", (_, line) => {
      expect(afterRule(findForumChrome, `${line}\n${BODY}`)).toBe(BODY);
    });

    it("removes a lone button word among other chrome lines and only offers it on its own", () => {
      expect(afterRule(findForumChrome, `${BODY}\n在看\n阅读原文`)).toBe(`${BODY}\n`);
      const alone = findForumChrome(`${BODY}\n赞\n第二段。`);
      expect(alone).toEqual([expect.objectContaining({ isSuggestion: true, replacement: "" })]);
      expect(cleanText(`${BODY}\n赞\n第二段。`).paragraphs.map((p) => p.text)).toEqual([BODY, "赞", "第二段。"]);
    });
  });

  describe("news portals", () => {
    it.each([
      ["the editor line", "责任编辑：王某"],
      ["the editor line in brackets (Traditional)", "（責任編輯：王某）"],
      ["a dateline with its source", "2023-05-17 10:11:12 来源：新华网"],
      ["a dateline with its source (Traditional)", "2023-05-17 10:11 來源：中央社"],
      ["the share bar", "分享到："],
      ["the share bar with its sites", "分享到： 微信 微博 QQ空间"],
      ["the correction link", "【纠错】"],
      ["the tool links (Traditional)", "【糾錯】 【打印】 【關閉】"],
      ["the type-size switch", "【字号 大 中 小】"],
    ])("removes %s", (_, line) => {
      expect(afterRule(findForumChrome, `${line}\n${BODY}`)).toBe(BODY);
    });

    it("keeps a source line on its own: it is the article's byline", () => {
      expect(findForumChrome("（来源：江城日报）")).toEqual([]);
      expect(findForumChrome("（來源：聶少峰）")).toEqual([]);
    });
  });

  describe("no false alarms", () => {
    it.each([
      ["a reply that starts with 回復", "回復 樓上：我也這麼認為，貓咪剛到新家都會這樣。"],
      ["a reply that starts with 回复", "回复 楼上：我也这么认为，猫咪刚到新家都会这样。"],
      ["a glued reply", "回复楼上：我也这么认为。"],
      ["a line that starts with 分享", "分享 一下我去年的經驗：罐頭吃多了，小貓會挑嘴。"],
      ["a line that starts with 分享 (Simplified)", "分享一下我去年的经验：罐头吃多了，小猫会挑嘴。"],
      ["a sentence about accounts", "沒有帳號的讀者也可以瀏覽本站的大部分文章。"],
      ["a sentence about accounts (Simplified)", "没有账号的读者也可以浏览本站的大部分文章。"],
      ["a sentence about logging in", "你需要登录才可以看到这个帖子，我试过了。"],
      ["a how-to step that points up", "点击上方菜单栏的“设置”，然后选择“网络”。"],
      ["a sentence about QR codes", "长按二维码就可以识别了，我也是刚学会。"],
      ["a sentence that starts with 举报", "举报电话是12345，大家记一下。"],
      ["a sentence about sharing", "分享到朋友圈之后，大家都点了赞。"],
      ["a line that starts with a floor word", "沙发上坐着一只猫。"],
      ["a sentence about the source", "来源：据本报记者调查，事情并非如此。"],
      ["a sentence about editing", "本帖最后由我来总结一下大家的意见。"],
      ["a Han attachment name", "小区防疫执勤.jpg"],
      ["a how-to step about following", "点击关注按钮后，你就能收到更新。"],
      ["a line of numbers", "2023 2024"],
    ])("leaves %s alone", (_, text) => {
      expect(findForumChrome(`${text}\n${BODY}`)).toEqual([]);
    });
  });
});
