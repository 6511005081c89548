import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ImportPage } from "./pages/import-page";

// Pages written for these tests: a WeChat official-account article and a Discuz! thread with replies.
const WECHAT = readFileSync("e2e/samples/wechat-article.txt", "utf8");
const FORUM = readFileSync("e2e/samples/forum-thread.zh-Hant.txt", "utf8");
// A run of the WeChat article as UTF-8 bytes shown as GBK: every byte explains it, so it is repaired.
const RUN = "担心这家小铺";
const GARBLED = new TextDecoder("gbk").decode(new TextEncoder().encode(RUN));
const DAMAGED_WECHAT = WECHAT.replace(RUN, GARBLED);

const REPLIES = [
  "請教各位，第一次騎單車環島，大概要準備多少天？我平常一天能騎八十公里左右，擔心體力跟不上。",
  "我去年騎了十二天，每天不到一百公里，還有時間停下來吃東西拍照。建議不要排太趕，東部的風很大。",
  "補給點很多，便利商店幾乎每十幾公里就有一家，水不用帶太多。倒是雨衣和備用內胎一定要準備。",
  "謝謝兩位的建議！我決定排兩個星期，慢慢騎，順便把花東的溫泉都泡一遍。",
];

test.use({ viewport: { width: 1280, height: 900 } });

/** A full-page picture of the preview when CLEANUP_SHOTS_DIR is set (for looking at, not for comparing). */
async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.CLEANUP_SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** Expects each line to be drawn as a removal, struck through, in the source column. */
async function expectStruck(source: Locator, lines: string[]): Promise<void> {
  for (const line of lines) {
    const removal = source.getByTitle(`Put back: ${line}`, { exact: true });
    await expect(removal).toBeVisible();
    await expect(removal.locator(".edit-original")).toHaveCSS("text-decoration-line", "line-through");
  }
}

test("a damaged WeChat article pasted: chrome struck through, article kept, a certain repair made, undone and redone", async ({ page, context }) => {
  const importPage = new ImportPage(page);
  const source = page.getByRole("region", { name: "Source with changes" });
  const result = page.getByRole("region", { name: /^Paragraphs to import/ });
  const undo = source.getByTitle(`Undo the repair: put back the garbled “${GARBLED}” instead of “${RUN}”`);
  const redo = source.getByTitle(`Repair the garbled “${GARBLED}” as “${RUN}” again`);
  await importPage.goto();

  await test.step("paste the page with the keyboard", async () => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.evaluate((text) => navigator.clipboard.writeText(text), DAMAGED_WECHAT);
    await importPage.titleField.click();
    await page.keyboard.type("老街的早餐铺");
    await importPage.sourceField.click();
    await page.keyboard.press("ControlOrMeta+V");
    await expect(importPage.sourceField).toHaveValue(DAMAGED_WECHAT);
    await importPage.previewButton.click();
    await expect(importPage.importButton).toBeVisible();
  });

  await test.step("the platform's lines are struck through, the article's paragraphs kept", async () => {
    await expectStruck(source, ["点击上方蓝字关注我们", "长按二维码关注", "阅读原文", "在看", "赞"]);
    await expect(result.getByRole("listitem").filter({ hasText: "老街的早餐铺" })).toHaveAttribute("data-kind", "heading");
    await expect(result.getByRole("listitem").first()).toContainText("老街的早餐铺");
    await expect(result.getByRole("listitem").filter({ hasText: "每天早上六点，巷口那家早餐铺就亮起了灯。" })).toHaveCount(1);
    await expect(result).not.toContainText(/阅读原文|在看|二维码/);
    await expect(importPage.importButton).toHaveText("Import 5 paragraphs");
  });

  await test.step("the certain repair is made by default and drawn as one", async () => {
    await expect(undo).toBeVisible();
    await expect(undo.locator(".edit-original")).toHaveCSS("text-decoration-line", "line-through");
    await expect(undo).toContainText(`${GARBLED}${RUN}repaired · undo`);
    await expect(result).toContainText(`很多人${RUN}会搬走`);
    await expect(page.getByText(/may contain mojibake/)).toHaveCount(0);
    await undo.scrollIntoViewIfNeeded();
    await shoot(page, "wechat-preview-repair-applied");
  });

  await test.step("undo puts the garbled run back, a key press redoes it, a click undoes it again", async () => {
    await undo.click();
    await expect(result).toContainText(`很多人${GARBLED}会搬走`);
    await expect(redo).toHaveAttribute("aria-pressed", "true");
    await shoot(page, "wechat-preview-repair-undone");
    await redo.press("Enter");
    await expect(result).toContainText(`很多人${RUN}会搬走`);
    await undo.click();
    await expect(result).toContainText(`很多人${GARBLED}会搬走`);
  });

  await test.step("the imported paragraph holds the raw run", async () => {
    await importPage.importButton.click();
    await expect(page).toHaveURL(/\/documents\/\d+$/);
    await expect(page.getByText(`很多人${GARBLED}会搬走`, { exact: false })).toBeVisible();
    await expect(page.getByText("阅读原文")).toHaveCount(0);
  });

  await test.step("the document's cleanup redoes the repair", async () => {
    await page.getByRole("link", { name: "Cleanup" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Cleanup of /);
    await redo.click();
    await expect(result).toContainText(`很多人${RUN}会搬走`);
    await page.getByRole("button", { name: /^Apply cleanup/ }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("Done:");
    await page.getByRole("link", { name: "Open the document" }).click();
    await expect(page.getByText(`很多人${RUN}会搬走`, { exact: false })).toBeVisible();
    await expect(page.getByText(GARBLED, { exact: false })).toHaveCount(0);
  });
});

test("a Discuz! thread saved as Big5 and uploaded: chrome struck through, each reply its own paragraph", async ({ page }) => {
  const importPage = new ImportPage(page);
  const source = page.getByRole("region", { name: "Source with changes" });
  const result = page.getByRole("region", { name: /^Paragraphs to import/ });
  await importPage.goto();

  await test.step("upload the saved thread", async () => {
    await importPage.titleField.click();
    await page.keyboard.type("單車環島請教");
    await page.getByRole("radio", { name: "Upload a file" }).click();
    await importPage.fileField.setInputFiles({ name: "thread.big5.txt", mimeType: "text/plain", buffer: iconv.encode(FORUM, "big5") });
    await importPage.previewButton.click();
    await expect(importPage.importButton).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Encoding" })).toHaveValue("big5");
  });

  await test.step("banner, users' names, post headers and footers are struck through; each reply is a paragraph", async () => {
    await expectStruck(source, [
      "馬上註冊，結交更多好友，享用更多功能，讓你輕鬆玩轉社區。",
      "發表於 2024-3-8 21:15 | 只看該作者",
      "樓主",
      "沙發",
      "板凳",
      "#4",
      "小雨點",
      "老陳",
    ]);
    await expect(source.getByTitle("Put back: 山路騎士", { exact: true })).toHaveCount(2);
    await expect(source.getByTitle("Put back: 回復 舉報", { exact: true })).toHaveCount(4);
    for (const reply of REPLIES) await expect(result.getByRole("listitem").filter({ hasText: reply })).toHaveText(reply);
    await expect(result).not.toContainText(/只看該作者|回復 舉報|沙發|板凳|立即註冊|山路騎士|小雨點|老陳/);
    await shoot(page, "forum-preview");
  });

  await test.step("after import, each reply is its own paragraph", async () => {
    await importPage.importButton.click();
    await expect(page).toHaveURL(/\/documents\/\d+$/);
    for (const reply of REPLIES) await expect(page.getByText(reply, { exact: true })).toBeVisible();
    await expect(page.getByText(/只看該作者|回復 舉報/)).toHaveCount(0);
  });
});
