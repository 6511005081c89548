import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DocumentPage } from "./pages/document-page";

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
const LOCALES = ["en-US", "zh-CN"];

type Box = { name: string; x: number; y: number; width: number; height: number };

// The header's visible pieces: nothing may stick out of the window or sit on top of another.
async function headerBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>(".editor-title-row > *, .control-group > *, .segmented-option")]
      .filter((element) => element.offsetParent !== null && !element.classList.contains("segmented"))
      .map((element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return { name: element.className || element.tagName, x, y, width, height };
      }),
  );
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

test("the editor at 1280×800 and 390×844, in English and Chinese: nothing overlaps, nothing is cut off", async ({ browser }, testInfo) => {
  for (const locale of LOCALES) {
    for (const viewport of VIEWPORTS) {
      await test.step(`${locale} at ${viewport.width}×${viewport.height}`, async () => {
        const context = await browser.newContext({ locale, viewport });
        const page = await context.newPage();
        await page.goto("/documents/1");
        await expect(page.getByRole("textbox").first()).toBeVisible();
        // On a phone the toolbar is folded into the Tools menu: opened, its controls must fit too.
        await new DocumentPage(page).openTools();
        await page.getByRole("switch").click();
        await expect(page.locator(".pinyin-syllable").first()).toBeVisible();
        const name = `editor-${locale}-${viewport.width}x${viewport.height}`;
        await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });

        const boxes = await headerBoxes(page);
        expect(boxes.length).toBeGreaterThan(8);
        for (const box of boxes) {
          expect(box.x, `${box.name} starts inside the window`).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, `${box.name} ends inside the window`).toBeLessThanOrEqual(viewport.width);
        }
        for (let i = 0; i < boxes.length; i++) {
          for (const other of boxes.slice(i + 1)) {
            expect(overlaps(boxes[i], other), `${boxes[i].name} overlaps ${other.name}`).toBe(false);
          }
        }
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, "no sideways scrolling").toBeLessThanOrEqual(viewport.width);

        // The export menu opens inside the window, its import button reachable by a click.
        await page.locator(".export-menu summary").click();
        const panel = await page.locator(".export-panel").boundingBox();
        expect(panel, "the export menu is shown").not.toBeNull();
        expect(panel!.x, "the export menu starts inside the window").toBeGreaterThanOrEqual(0);
        expect(panel!.x + panel!.width, "the export menu ends inside the window").toBeLessThanOrEqual(viewport.width);
        await page.locator(".import-translations button[type=submit]").click({ trial: true });
        await context.close();
      });
    }
  }
});
