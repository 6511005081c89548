import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** No serious or critical WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectNoSeriousAxeViolation(page: Page, name: string): Promise<void> {
  const rules = { "label-content-name-mismatch": { enabled: true }, "empty-table-header": { enabled: true } };
  const { violations } = await new AxeBuilder({ page }).options({ rules }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(" ")).join(" | ")}`);
  expect.soft(serious, `serious or critical axe violations on ${name}`).toEqual([]);
}

/** Where a run keeps its screenshots for a person to look at (SHOTS_DIR), or nowhere. */
export async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: false });
}

/** Full-page screenshots at 1280 and 390 px wide in SHOTS_DIR (`NAME-1280.png`, `NAME-390.png`), or nothing. */
export async function shootWide(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 1280 ? 800 : 844 });
    await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}
