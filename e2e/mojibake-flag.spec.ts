import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { E2E_DATABASE_URL, expect, test } from "./fixtures";
import { DocumentPage } from "./pages/document-page";

// The demo page holds three garbled runs: the cleanup repairs two and can only flag the third
// (`?shù)蒙先?` in paragraph 9, 頂得上去 with a byte lost). The flag must not end at the import.
const SAMPLE = readFileSync("samples/demo-forum-page.txt", "utf8");
const RUN = "?shù)蒙先?";

const check = (id: number) =>
  execFileSync(process.execPath, ["bin/duizhao.js", "check", String(id)], { env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL }, encoding: "utf8" });

test("a garbled run the cleanup could only flag stays marked in the editor until dismissed, also after a reload", async ({ documentPage, page, seedDocument }, testInfo) => {
  test.setTimeout(90_000);
  const id = seedDocument(SAMPLE, `Mojibake flag ${Date.now()}`, { cleaned: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await documentPage.goto(id);
  const row = documentPage.row(9);
  const mark = row.locator("mark.mojibake-range");
  const notice = row.locator(".mojibake-notice");

  await test.step("paragraph 9: the run is marked and described, with a notice and a QA marker", async () => {
    await documentPage.jumpTo(9);
    await expect(mark).toHaveText(RUN);
    await expect(mark).toHaveAttribute("aria-description", "Possibly garbled text (mojibake)");
    await expect(mark).toHaveAttribute("title", `Possibly garbled text (mojibake): ${RUN}`);
    await expect(notice).toHaveText(`Possibly garbled text (mojibake): ${RUN} Dismiss`);
    await expect(row.getByRole("button", { name: "Paragraph 9: 1 QA warning" })).toBeVisible();
    await expect(page.locator("mark.mojibake-range")).toHaveCount(1);
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath("mojibake-row-1280-en.png") });
    expect(check(id)).toContain(`¶9 mojibake: Possibly garbled text (mojibake): ${RUN}`);
  });

  await test.step("the QA panel lists it under its own check", async () => {
    await row.getByRole("button", { name: "Paragraph 9: 1 QA warning" }).click();
    const panel = page.getByRole("region", { name: "QA warnings" });
    await expect(panel.getByRole("group", { name: "Filter by check" }).getByRole("button", { name: "Garbled text 1" })).toBeVisible();
    await expect(panel.getByRole("listitem").filter({ hasText: "Paragraph 9" }).first()).toContainText(`Possibly garbled text (mojibake): ${RUN}`);
    await page.mouse.move(640, 500);
    await page.mouse.wheel(0, -10_000);
    await expect(panel).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath("mojibake-qa-panel-1280-en.png") });
    await panel.getByRole("button", { name: "Paragraph 9", exact: true }).click();
  });

  await test.step("Dismiss: the mark, the notice and the warning go; the server keeps it through a reload", async () => {
    await row.getByRole("button", { name: "Dismiss the garbled-text warning on paragraph 9" }).click();
    await expect(mark).toHaveCount(0);
    await expect(notice).toHaveCount(0);
    await expect(row.locator("mark.qa-range")).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath("mojibake-dismissed-1280-en.png") });
    await expect.poll(() => check(id)).not.toContain("mojibake");
    await page.reload();
    await documentPage.jumpTo(9);
    await expect(row.locator(".source-text")).toContainText(RUN);
    await expect(row.locator("mark.mojibake-range")).toHaveCount(0);
    await expect(row.locator(".mojibake-notice")).toHaveCount(0);
  });

  await test.step("the panel's ignored warnings hold it; restoring it marks the run again", async () => {
    await page.getByRole("button", { name: /^QA \(/ }).click();
    const panel = page.getByRole("region", { name: "QA warnings" });
    await panel.getByRole("checkbox", { name: /^Show ignored/ }).check();
    await panel.getByRole("button", { name: "Restore this warning on paragraph 9" }).click();
    await panel.getByRole("button", { name: "Paragraph 9", exact: true }).click();
    await expect(row.locator("mark.mojibake-range")).toHaveText(RUN);
    await expect(row.locator(".mojibake-notice")).toBeVisible();
  });
});

test("the garbled-run notice in the Chinese UI and on a phone", async ({ browser, seedDocument }, testInfo) => {
  test.setTimeout(90_000);
  const id = seedDocument(SAMPLE, `亂碼標記 ${Date.now()}`, { cleaned: true });
  for (const { locale, viewport, notice, dismiss, description } of [
    { locale: "zh-CN", viewport: { width: 1280, height: 800 }, notice: `可能是乱码（mojibake）：${RUN} 不再提示`, dismiss: "不再提示第 9 段的乱码警告", description: "可能是乱码（mojibake）" },
    { locale: "en-US", viewport: { width: 390, height: 844 }, notice: `Possibly garbled text (mojibake): ${RUN} Dismiss`, dismiss: "Dismiss the garbled-text warning on paragraph 9", description: "Possibly garbled text (mojibake)" },
  ]) {
    const context = await browser.newContext({ locale, viewport });
    const page = await context.newPage();
    await page.goto(`/documents/${id}`);
    const row = page.locator(".segment-row").filter({ has: page.locator(`textarea[aria-label$=" 9"], textarea[aria-label="第 9 段的译文"]`) });
    // On a phone the go-to field is in the Tools menu.
    await new DocumentPage(page).openTools();
    await page.locator(".jump-form input").fill("9");
    await page.locator(".jump-form input").press("Enter");
    await expect(row.locator("mark.mojibake-range")).toHaveAttribute("aria-description", description);
    await expect(row.locator(".mojibake-notice")).toHaveText(notice);
    await expect(row.getByRole("button", { name: dismiss })).toBeVisible();
    await row.locator(".segment-source").scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`mojibake-row-${viewport.width}-${locale}.png`) });
    await context.close();
  }
});
