import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DocumentPage } from "./pages/document-page";

const LOCALES = ["en-US", "zh-CN"] as const;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** Saves a screenshot with the test's output, and in SCREENSHOT_DIR when it is set (to look at them). */
async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file });
  if (process.env.SCREENSHOT_DIR) {
    mkdirSync(process.env.SCREENSHOT_DIR, { recursive: true });
    copyFileSync(file, path.join(process.env.SCREENSHOT_DIR, `${name}.png`));
  }
}

/** How many lines an element's text takes (its text's line boxes, by their tops). */
const lineCount = (element: Locator) =>
  element.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
  });

type Box = { top: number; left: number; right: number; height: number; width: number };
const boxesOf = (elements: Locator): Promise<Box[]> =>
  elements.evaluateAll((nodes) =>
    nodes.map((node) => {
      const { top, left, right, height, width } = node.getBoundingClientRect();
      return { top, left, right, height, width };
    }),
  );

test("the shortcuts list: keycaps stay one keycap high beside descriptions on two lines, at 1280 and 390", async ({ browser }, testInfo) => {
  for (const locale of LOCALES) {
    for (const viewport of [DESKTOP, PHONE]) {
      await test.step(`${locale} at ${viewport.width}`, async () => {
        const context = await browser.newContext({ locale, viewport });
        const page = await context.newPage();
        await page.goto("/documents/1");
        await expect(page.getByRole("textbox").first()).toBeVisible();
        await page.getByRole("heading", { level: 1 }).click();
        await page.keyboard.press("?");
        const dialog = page.getByRole("dialog");
        await expect(dialog).toBeVisible();
        await shoot(page, testInfo, `shortcuts-${locale}-${viewport.width}`);

        const keys = await boxesOf(dialog.locator("kbd"));
        const descriptions = await boxesOf(dialog.locator(".shortcut-list dd"));
        const list = (await dialog.locator(".shortcut-list").boundingBox())!;
        const dialogBox = (await dialog.boundingBox())!;
        expect(keys.length).toBeGreaterThan(20);
        const heights = keys.map((key) => key.height);
        const keyHeight = Math.min(...heights);
        expect(Math.max(...heights) - keyHeight, "every keycap is as high as the others").toBeLessThanOrEqual(1);
        expect(keyHeight, "a keycap is one line high").toBeLessThan(28);
        // The case that stretched them: a description that wraps (in English; the Chinese ones fit on a line).
        if (locale === "en-US") {
          expect(Math.max(...descriptions.map((d) => d.height)), "some description takes two lines").toBeGreaterThan(keyHeight * 1.8);
        }
        for (const key of keys) {
          expect(key.left, "keycaps start inside the dialog").toBeGreaterThanOrEqual(dialogBox.x);
          expect(key.right, "keycaps end inside the dialog").toBeLessThanOrEqual(dialogBox.x + dialogBox.width);
        }
        // On a phone the keys stand above their description, which has the list's width to itself.
        if (viewport.width < 500) {
          for (const description of descriptions) expect(description.width).toBeGreaterThan(list.width * 0.9);
        }
        await context.close();
      });
    }
  }
});

test("the export menu: its labels on one line and the whole menu inside the window, from 390 to 1280 wide", async ({ browser }, testInfo) => {
  for (const locale of LOCALES) {
    await test.step(locale, async () => {
      const context = await browser.newContext({ locale, viewport: DESKTOP });
      const page = await context.newPage();
      await page.goto("/documents/1");
      await expect(page.getByRole("textbox").first()).toBeVisible();
      const menu = page.locator(".export-menu");
      const panel = page.locator(".export-panel");
      // 700 and 760: the toolbar wraps and Export starts a line; the menu used to leave the window on the left.
      for (const width of [1280, 1024, 760, 700, 390]) {
        await page.setViewportSize({ width, height: width === 390 ? PHONE.height : DESKTOP.height });
        // On a phone the export menu is in the Tools menu.
        await new DocumentPage(page).openTools();
        await menu.evaluate((details: HTMLDetailsElement) => (details.open = false));
        await menu.locator("summary").click();
        await expect(panel).toBeVisible();
        if (width === 1280 || width === 390) await shoot(page, testInfo, `export-menu-${locale}-${width}`);

        const box = (await panel.boundingBox())!;
        expect(box.x, `at ${width} the menu starts inside the window`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `at ${width} the menu ends inside the window`).toBeLessThanOrEqual(width);
        const fileLabel = panel.locator(".import-translations .control-label");
        await expect(fileLabel).toHaveText(locale === "en-US" ? "XLIFF, TMX or review file" : "XLIFF、TMX 或审校文件");
        expect(await lineCount(fileLabel), `at ${width} the file label is one line`).toBe(1);
        for (const label of await panel.locator(".control-label").all()) {
          expect(await lineCount(label), `at ${width} "${await label.textContent()}" is one line`).toBe(1);
        }
        // The file field and the import button can be reached by a click.
        await panel.getByRole("button", { name: locale === "en-US" ? "Import translations" : "导入译文" }).click({ trial: true });
      }
      await context.close();
    });
  }
});
