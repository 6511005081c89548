import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page, TestInfo } from "@playwright/test";
import { tmxOfPairs } from "@/lib/core/memory/tmx-of-pairs";
import { E2E_DATABASE_URL, expect, test } from "./fixtures";
import { dragAcross } from "./mouse";
import { DocumentPage } from "./pages/document-page";

// axe-core over every page a translator uses, in the English and the Simplified Chinese UI: no serious
// or critical violation of WCAG 2.1 A/AA. Moderate and minor ones are printed and attached, not failed.

const SAMPLE = readFileSync("samples/demo-forum-page.txt", "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
// Run as well: label-content-name-mismatch (WCAG 2.5.3, still "experimental" in axe, so off by default)
// and empty-table-header (best practice: a column without a name is read as a blank).
const EXTRA_RULES = ["label-content-name-mismatch", "empty-table-header"];
const LOCALES = ["en", "zh-CN"] as const;
type Locale = (typeof LOCALES)[number];
type Messages = Record<string, Record<string, string>>;
const messagesOf = (locale: Locale): Messages => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8"));
/** The fixed start of an ICU message (`QA ({count…})` → `QA (`): what a button's name starts with. */
const prefixOf = (message: string) => new RegExp(`^${message.slice(0, message.indexOf("{")).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

/** Runs the CLI on a file written for it (the same core and data layer as the app); returns what it printed. */
function cli(args: (dir: string) => string[], file: { name: string; text: string }): string {
  const dir = mkdtempSync(path.join(tmpdir(), "duizhao-axe-"));
  try {
    writeFileSync(path.join(dir, file.name), file.text);
    return execFileSync(process.execPath, ["bin/duizhao.js", ...args(dir)], { env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL }, encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function expectAccessible(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const rules = Object.fromEntries(EXTRA_RULES.map((rule) => [rule, { enabled: true }]));
  const { violations } = await new AxeBuilder({ page }).options({ rules }).withTags(TAGS).analyze();
  const described = violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((node) => ({ target: node.target.join(" "), html: node.html.slice(0, 200), summary: node.failureSummary })),
  }));
  const isSerious = (impact: string | null | undefined) => impact === "serious" || impact === "critical";
  const lesser = described.filter((v) => !isSerious(v.impact));
  if (lesser.length > 0) {
    console.log(`axe ${name}: ${lesser.map((v) => `${v.rule} (${v.impact}, ${v.nodes.length})`).join(", ")}`);
    await testInfo.attach(`axe-${name}-lesser.json`, { body: JSON.stringify(lesser, null, 2), contentType: "application/json" });
  }
  const serious = described.filter((v) => isSerious(v.impact));
  if (serious.length > 0) await testInfo.attach(`axe-${name}-serious.json`, { body: JSON.stringify(serious, null, 2), contentType: "application/json" });
  expect.soft(serious.map((v) => `${v.rule} (${v.impact}): ${v.nodes.map((node) => node.target).join(" | ")}`), `serious or critical axe violations on ${name}`).toEqual([]);
}

let documentId = 0;

test.beforeAll(() => {
  const stamp = Date.now();
  documentId = Number(cli((dir) => ["import", path.join(dir, "demo.txt"), "--title", `Accessibility ${stamp}`], { name: "demo.txt", text: SAMPLE }).trim());
  cli((dir) => ["glossary", "import", path.join(dir, "terms.csv")], { name: "terms.csv", text: "source,target\n城管執法,urban management and law enforcement\n" });
  const tmx = tmxOfPairs([{ source: "隨州市城管執法委全員戰疫。", target: "The Suizhou urban management committee fights the epidemic." }]);
  cli((dir) => ["memory", "import", path.join(dir, "old.tmx"), "--name", `Old work ${stamp}`], { name: "old.tmx", text: tmx });
});

for (const locale of LOCALES) {
  test.describe(`${locale} UI`, () => {
    test.use({ locale: locale === "en" ? "en-US" : "zh-CN", viewport: { width: 1280, height: 800 } });
    const m = messagesOf(locale);

    test(`documents, import and its cleanup preview, glossary, memory (${locale})`, async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1, name: m.Documents.title })).toBeVisible();
      await expect(page.getByRole("table")).toBeVisible();
      await expectAccessible(page, testInfo, `documents-${locale}`);

      await page.goto("/import");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page, testInfo, `import-${locale}`);
      // With a doubtful repair too: the preview's offered repair is drawn in its own colours.
      await page.locator('textarea[name="source"]').fill(`${SAMPLE}\n他說:「我們一定會回來的?!闺S後轉身離開。`);
      await page.getByRole("button", { name: m.Import.preview }).click();
      await expect(page.locator(".cleanup-preview .edit-suggested")).toBeVisible();
      await expectAccessible(page, testInfo, `cleanup-preview-${locale}`);

      await page.goto("/glossary");
      await expect(page.getByRole("table")).toBeVisible();
      await expectAccessible(page, testInfo, `glossary-${locale}`);

      await page.goto("/memory");
      await expect(page.getByRole("heading", { level: 1, name: m.Memory.title })).toBeVisible();
      await expectAccessible(page, testInfo, `memory-${locale}`);
    });

    test(`the editor's dialogs open: shortcuts, annotate, history (${locale})`, async ({ page }, testInfo) => {
      test.setTimeout(180_000);
      await page.goto(`/documents/${documentId}`);
      await expect(page.locator(".segment-row").first()).toBeVisible();

      await page.getByRole("heading", { level: 1 }).click();
      await page.keyboard.press("?");
      const shortcuts = page.getByRole("dialog", { name: m.Shortcuts.title });
      await expect(shortcuts).toBeVisible();
      await expectAccessible(page, testInfo, `shortcuts-dialog-${locale}`);
      await shortcuts.getByRole("button", { name: m.Shortcuts.close }).click();
      await expect(shortcuts).toBeHidden();

      await dragAcross(page, page.locator(".segment-row").first().locator(".source-text"), "隨州市城管執法委");
      const annotate = page.getByRole("dialog", { name: m.Annotations.dialogTitle });
      await expect(annotate.getByRole("textbox", { name: m.Annotations.pinyin })).toHaveValue(/suí zhōu shì/);
      await expectAccessible(page, testInfo, `annotate-dialog-${locale}`);
      await page.keyboard.press("Escape");
      await expect(annotate).toBeHidden();

      // A saved translation gives the history something to list.
      await page.locator(".segment-row textarea").first().click();
      await page.keyboard.press("Control+A");
      await page.keyboard.type(`Fighting the epidemic in Suizhou (${locale}).`);
      await expect(page.locator(".save-state")).toHaveClass(/save-saved/);
      const historyName = m.Editor.history.replace("{n}", "1");
      await page.getByRole("button", { name: historyName, exact: true }).click();
      const history = page.getByRole("dialog", { name: historyName });
      await expect(history.getByRole("listitem").first()).toBeVisible();
      await expectAccessible(page, testInfo, `history-dialog-${locale}`);
      await history.getByRole("button", { name: m.History.close }).click();
      await expect(history).toBeHidden();
    });

    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      test(`the editor with pinyin, the conversion review and the QA panel (${locale}, ${viewport.width}×${viewport.height})`, async ({ page }, testInfo) => {
        // Five axe runs over a page of pinyin columns: slow on a busy 2-core machine.
        test.setTimeout(300_000);
        const at = `${locale}-${viewport.width}`;
        await page.setViewportSize(viewport);
        await page.goto(`/documents/${documentId}`);
        await expect(page.locator(".segment-row").first()).toBeVisible();
        await expectAccessible(page, testInfo, `editor-${at}`);
        // On a phone the toolbar is in the Tools menu.
        const tools = new DocumentPage(page);

        await tools.openTools();
        await page.getByRole("switch", { name: m.Editor.pinyin }).click();
        await expect(page.locator(".segment-source .pinyin-syllable").first()).toBeVisible();
        await expectAccessible(page, testInfo, `editor-pinyin-${at}`);
        await tools.openTools();
        await page.getByRole("switch", { name: m.Editor.pinyin }).click();
        await expect(page.locator(".segment-source .pinyin-syllable")).toHaveCount(0);

        await page.locator(".segment-row textarea").first().focus();
        await page.keyboard.press("Control+Shift+L");
        await tools.openTools();
        await expect(page.getByRole("button", { name: m.ConversionReview.toggle })).toHaveAttribute("aria-pressed", "true");
        await expect(page.locator("mark[data-conversion]").first()).toBeVisible();
        await expectAccessible(page, testInfo, `editor-review-${at}`);

        await tools.openTools();
        await page.getByRole("switch", { name: m.Editor.pinyin }).click();
        await expect(page.locator(".segment-source .pinyin-syllable").first()).toBeVisible();
        await expectAccessible(page, testInfo, `editor-review-pinyin-${at}`);

        await tools.openTools();
        await page.getByRole("button", { name: prefixOf(m.Qa.panelButton) }).click();
        await expect(page.getByRole("region", { name: m.Qa.panelTitle })).toBeVisible();
        await expectAccessible(page, testInfo, `editor-qa-${at}`);
      });
    }
  });
}
