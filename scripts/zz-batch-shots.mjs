// Screenshots of the batch tools (not part of the app): node scripts/zz-batch-shots.mjs PORT DB
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { findChromium } from "./find-chromium.mjs";

const [port, db] = process.argv.slice(2);
const base = `http://127.0.0.1:${port}`;
const out = "/work/notes/shots17/batch";
function seed(text, title) {
  const dir = mkdtempSync(path.join(tmpdir(), "shots-"));
  const file = path.join(dir, "s.txt");
  writeFileSync(file, text);
  return Number(execFileSync(process.execPath, ["bin/duizhao.js", "import", file, "--title", title, "--raw"], { env: { ...process.env, DATABASE_URL: db }, encoding: "utf8" }).trim());
}
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined });
const memoryDoc = seed("荆门漳河水库今年夏天接待游客一百万人次。", `Memory ${Date.now()}`);
{
  const page = await browser.newPage({ locale: "en-US" });
  await page.goto(`${base}/documents/${memoryDoc}`);
  await page.getByRole("textbox", { name: "Translation of paragraph 1", exact: true }).click();
  await page.keyboard.type("Zhanghe Reservoir in Jingmen received a million visitors this summer.");
  await page.keyboard.press("Control+Enter");
  await page.getByRole("status").filter({ hasText: "Saved" }).waitFor();
  await page.close();
}
for (const locale of ["en-US", "zh-CN"]) {
  for (const [w, h] of [[1280, 800], [390, 844]]) {
    const tag = `${locale === "en-US" ? "en" : "zh-CN"}-${w}`;
    const id = seed("城管来了。\n荆门漳河水库今年夏天接待游客两百万人次。\n城管來了。\n审校过的段落。\n城管 来了。", `Batch ${tag}`);
    const page = await browser.newPage({ locale, viewport: { width: w, height: h } });
    await page.goto(`${base}/documents/${id}`);
    const box = (n) => page.locator(`.segment-row textarea`).nth(n - 1);
    const tools = async () => {
      if (w > 640) return;
      const button = page.locator(".tools-button");
      if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
    };
    await box(1).waitFor();
    if (w > 640) {
      await box(1).click();
      await page.getByRole("button", { name: /Hide matches|隐藏匹配/ }).click();
    }
    // Repetitions offer
    await box(1).click();
    await page.keyboard.type("The city inspectors are coming.");
    await page.keyboard.press("Control+Enter");
    await page.locator(".repetitions-offer").waitFor();
    await page.screenshot({ path: `${out}/repetitions-offer-${tag}.png` });
    await page.keyboard.press("Control+Shift+D");
    await page.locator(".repetition-badge").first().waitFor();
    await page.screenshot({ path: `${out}/repetitions-filled-${tag}.png` });
    // Locked row with the message
    await box(4).click();
    await page.keyboard.type("Reviewed paragraph.");
    await page.keyboard.press("Control+Shift+Enter");
    await box(4).click();
    await page.keyboard.press("Control+Shift+O");
    await page.locator(".segment-row[data-locked]").waitFor();
    await page.keyboard.type("x");
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/locked-row-${tag}.png` });
    // Status dialog
    await tools();
    await page.locator(".editor-panels button, .tools-sheet button").filter({ hasText: /Change status…|更改状态…/ }).first().click();
    await page.locator(".status-dialog").waitFor();
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${out}/status-dialog-${tag}.png` });
    await page.keyboard.press("Escape");
    // Pre-translate dialog and its result
    await tools();
    await page.locator(".editor-panels button, .tools-sheet button").filter({ hasText: /Pre-translate…|预翻译…/ }).first().click();
    await page.locator(".pre-translate-dialog").waitFor();
    await page.locator(".pre-translate-dialog input[type=radio]").nth(2).check();
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${out}/pre-translate-dialog-${tag}.png` });
    await page.locator(".pre-translate-dialog .button.primary").click();
    await page.locator(".tm-badge").first().waitFor();
    await page.screenshot({ path: `${out}/pre-translated-${tag}.png` });
    await page.close();
  }
}
await browser.close();
