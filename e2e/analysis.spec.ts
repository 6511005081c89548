import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { countHan } from "@/lib/core/analysis/count-text";
import { tmxOfPairs } from "@/lib/core/memory/tmx-of-pairs";
import { expect, test } from "./fixtures";

// The demo document analysed against a memory made from a translated copy of it: most paragraphs as
// they are (100%), four with a share of their characters changed (one per fuzzy band), two left out
// (no match). Then the quote's rate table, the CSV and the printable report, and a job of two documents.

const DEMO_TITLE = "危難之時顯身手：隨州市城管執法委全員戰疫工作紀實";
const EDITS = [
  { target: 97, band: "95–99%" },
  { target: 90, band: "85–94%" },
  { target: 80, band: "75–84%" },
  { target: 60, band: "50–74%" },
];

type Paragraph = { index: number; source: string };

/** The text with about (100 − target)% of its Han characters replaced, spread over it: a memory score near target. */
function edited(text: string, target: number): string {
  const chars = [...text];
  const han = chars.flatMap((char, i) => (countHan(char) === 1 ? [i] : []));
  const length = chars.filter((char) => !/\s/.test(char)).length;
  const changes = Math.ceil((length * (100 - target)) / 100);
  const step = han.length / changes;
  for (let k = 0; k < changes; k++) {
    const i = han[Math.floor(k * step)];
    chars[i] = chars[i] === "某" ? "甲" : "某";
  }
  return chars.join("");
}

/** Expects a band's row of the match table to count these segments (and these Han characters). */
async function expectBand(page: Page, band: string, segments: number, han?: number): Promise<void> {
  const row = page.getByRole("table", { name: /^Match bands/ }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: band, exact: true }) });
  await expect(row.getByRole("cell").nth(0), `${band}: segments`).toHaveText(String(segments));
  if (han !== undefined) await expect(row.getByRole("cell").nth(1), `${band}: Han characters`).toHaveText(han.toLocaleString("en-US"));
}

async function expectNoAxeViolations(page: Page, name: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((node) => node.target.join(" ")).join(" | ")}`), `axe on ${name}`).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
}

test("analysis: the demo document's bands against a memory of an edited copy, the quote's rates, CSV and report, a job of two", async ({ page, documentsPage, seedDocument, request }, testInfo) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const memoryName = `Demo copy ${stamp}`;
  let paragraphs: Paragraph[] = [];
  const changed = new Map<number, number>();
  const leftOut = new Set<number>();
  const hanOf = (indexes: Iterable<number>) => [...indexes].reduce((sum, i) => sum + countHan(paragraphs[i - 1].source), 0);

  await test.step("a TMX of the demo document: four paragraphs edited, two left out, the rest as they are; imported on the Memory page", async () => {
    await documentsPage.goto();
    const href = await documentsPage.row(DEMO_TITLE).getByRole("link", { name: DEMO_TITLE, exact: true }).getAttribute("href");
    const response = await request.get(`${href}`.replace("/documents/", "/api/documents/") + "/export?format=json");
    expect(response.ok()).toBe(true);
    paragraphs = ((await response.json()) as { segments: Paragraph[] }).segments;
    expect(paragraphs).toHaveLength(39);
    // The longest paragraphs (the title aside): long enough for every band, and unlike any other text.
    const longest = paragraphs.filter((p) => p.index > 1).sort((a, b) => b.source.length - a.source.length);
    EDITS.forEach((edit, k) => changed.set(longest[k].index, edit.target));
    leftOut.add(longest[4].index).add(longest[5].index);
    const pairs = paragraphs
      .filter((p) => !leftOut.has(p.index))
      .map((p) => ({ source: changed.has(p.index) ? edited(p.source, changed.get(p.index)!) : p.source, target: `Translation of paragraph ${p.index}.` }));
    await page.goto("/memory");
    await page.getByLabel("TMX file", { exact: true }).setInputFiles({ name: "demo-copy.tmx", mimeType: "application/xml", buffer: Buffer.from(tmxOfPairs(pairs, "zh-Hant")) });
    await page.getByLabel("Name (optional)").fill(memoryName);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText(`Imported “${memoryName}”: 37 units.`);
  });

  await test.step("the analysis, opened from the documents list: 33 at 100%, one paragraph in each fuzzy band, two without a match", async () => {
    await documentsPage.goto();
    await documentsPage.row(DEMO_TITLE).getByRole("link", { name: "Analysis", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Analysis: ${DEMO_TITLE}` })).toBeVisible();
    const unchanged = paragraphs.map((p) => p.index).filter((i) => !changed.has(i) && !leftOut.has(i));
    await expectBand(page, "Repetitions", 0, 0);
    await expectBand(page, "100%", 33, hanOf(unchanged));
    for (const [index, target] of changed) await expectBand(page, EDITS.find((edit) => edit.target === target)!.band, 1, hanOf([index]));
    await expectBand(page, "No match", 2, hanOf(leftOut));
    const counts = page.getByRole("region", { name: "Counts" });
    await expect(counts.getByRole("definition").first()).toHaveText(hanOf(paragraphs.map((p) => p.index)).toLocaleString("en-US"));
    await expect(counts.getByText("The pricing unit")).toBeVisible();
  });

  await test.step("sentences as the unit: a link, so the view has its own address", async () => {
    const toggle = page.getByRole("navigation", { name: "Analyse by" });
    await toggle.getByRole("link", { name: "Sentences" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\?unit=sentence$/);
    await expect(toggle.getByRole("link", { name: "Sentences" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("table", { name: /^Match bands, counted by sentence/ }).getByRole("columnheader", { name: "Sentences" })).toBeVisible();
    await toggle.getByRole("link", { name: "Paragraphs" }).click();
    await expect(page).not.toHaveURL(/unit=/);
  });

  const rate = page.getByRole("spinbutton", { name: "Rate per Han character" });
  const amount = page.getByRole("status", { name: "Amount" });
  const weightOf = { repetition: 0.3, "100": 0.3, 97: 0.6, 90: 0.7, 80: 1, 60: 1, none: 1 } as const;
  const weighted =
    weightOf["100"] * hanOf(paragraphs.map((p) => p.index).filter((i) => !changed.has(i) && !leftOut.has(i))) +
    [...changed].reduce((sum, [i, target]) => sum + weightOf[target as 97 | 90 | 80 | 60] * hanOf([i]), 0) +
    hanOf(leftOut);
  const euros = new Intl.NumberFormat("en-US", { style: "currency", currency: "EUR" }).format(Math.round(weighted * 0.1 * 100) / 100);

  await test.step("the rate table by keyboard: a new rate and currency change the amount, and stay after a reload", async () => {
    await expect(amount).toHaveText(new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(Math.round(weighted * 0.08 * 100) / 100));
    await rate.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("0.1");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("combobox", { name: "Currency" })).toBeFocused();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("eur");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("form", { name: "Rates" }).getByRole("status")).toHaveText("Rates saved.");
    await expect(amount).toHaveText(euros);
    await page.reload();
    await expect(amount).toHaveText(euros);
    await expect(rate).toHaveValue("0.1");
    await expect(page.getByRole("combobox", { name: "Currency" })).toHaveValue("EUR");
  });

  await test.step("a negative rate is refused with a message, and nothing changes", async () => {
    await rate.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("-1");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("form", { name: "Rates" }).getByRole("alert")).toHaveText("The rate per Han character must be a number from 0 to 1,000,000. Nothing was saved.");
    await expect(amount).toHaveText(euros);
    await page.reload();
    await expect(rate).toHaveValue("0.1");
    await expect(amount).toHaveText(euros);
  });

  await test.step("the CSV (UTF-8 with BOM) and the printable report", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^危難之時顯身手：隨州市城管執法委全員戰疫工作紀實 \d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain(`"${DEMO_TITLE}"`);
    expect(csv).toContain(`"100%","33","${hanOf(paragraphs.map((p) => p.index).filter((i) => !changed.has(i) && !leftOut.has(i)))}"`);
    expect(csv).toContain('"Match","Han characters","Weight","Weighted Han characters","Rate per Han character","Amount","Currency"');

    const [report] = await Promise.all([page.waitForEvent("popup"), page.getByRole("link", { name: "Printable report (opens in a new tab)" }).click()]);
    await expect(report.getByRole("heading", { level: 1, name: "Analysis and quote" })).toBeVisible();
    await expect(report.getByText(DEMO_TITLE)).toBeVisible();
    await expect(report.getByRole("row", { name: `No match 2 ${hanOf(leftOut)} `, exact: false }).first()).toBeVisible();
    // Its own style applies (it carries the page's CSP nonce): tables are collapsed.
    expect(await report.locator("table").first().evaluate((table) => getComputedStyle(table).borderCollapse)).toBe("collapse");
    await report.screenshot({ path: testInfo.outputPath("report.png"), fullPage: true });
    await report.close();
  });

  await test.step("axe finds nothing on the page at 1280 and 390 pixels; nothing is cut off on a phone", async () => {
    await expectNoAxeViolations(page, "analysis-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page, "analysis-390");
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  const otherTitle = `分析<測試> & “報價” ${stamp}`;
  const repeated = paragraphs[1].source;
  seedDocument(`${repeated}\n一段全新的文字，記憶庫裡沒有。`, otherTitle);

  await test.step("Analyse selected: nothing ticked says so; two ticked open the job, a paragraph repeated across them is a repetition", async () => {
    await documentsPage.goto();
    await page.getByRole("button", { name: "Analyse selected" }).click();
    const nothingTicked = page.getByRole("alert").filter({ hasText: "Tick one or more documents to analyse first." });
    await expect(nothingTicked).toBeVisible();
    await page.getByRole("checkbox", { name: `Select ${DEMO_TITLE}` }).check();
    await page.getByRole("checkbox", { name: `Select ${otherTitle}` }).check();
    await expect(nothingTicked).toHaveCount(0);
    await page.getByRole("button", { name: "Analyse selected" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Job analysis" })).toBeVisible();
    await expect(page).toHaveURL(/\/analysis\?ids=\d+(%2C|,)\d+$/);
    const documents = page.getByRole("table", { name: "Counts per document" });
    await expect(documents.getByRole("rowheader", { name: otherTitle })).toBeVisible();
    await expect(documents.getByRole("rowheader", { name: DEMO_TITLE })).toBeVisible();
    const jobHan = hanOf(paragraphs.map((p) => p.index)) + countHan(repeated) + countHan("一段全新的文字，記憶庫裡沒有。");
    await expect(documents.getByRole("row", { name: /^Total/ })).toContainText(jobHan.toLocaleString("en-US"));
    await expectBand(page, "Repetitions", 1, countHan(repeated));
    await expectBand(page, "No match", 3);
    await expectNoAxeViolations(page, "job-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page, "job-390");
    await page.setViewportSize({ width: 1280, height: 800 });

    const html = await request.get((await page.getByRole("link", { name: "Printable report (opens in a new tab)" }).getAttribute("href"))!);
    expect(html.headers()["content-type"]).toBe("text/html; charset=utf-8");
    expect(html.headers()["content-disposition"]).toMatch(/^inline; filename="/);
    const body = await html.text();
    expect(body).toContain(`分析&lt;測試&gt; &amp; “報價” ${stamp}`);
    expect(body).not.toContain("<測試>");
  });

  await test.step("no documents, or one that does not exist: a message, a 404 page", async () => {
    await page.goto("/analysis");
    await expect(page.getByRole("status").filter({ hasText: "No documents selected" })).toHaveText("No documents selected. Tick documents on the documents page, then choose “Analyse selected”.");
    for (const path of ["/analysis?ids=1,999999", "/documents/999999/analysis", "/analysis?ids=abc"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
    }
    expect((await request.get("/api/analysis/report?ids=999999&format=csv")).status()).toBe(404);
    expect((await request.get("/api/analysis/report?ids=1&format=pdf")).status()).toBe(400);
  });

  await test.step("the memory goes again, so that later journeys see the memory they expect", async () => {
    await page.goto("/memory");
    await page.getByRole("button", { name: `Delete memory ${memoryName}` }).click();
    await page.getByRole("dialog", { name: "Delete this memory?" }).getByRole("button", { name: "Delete memory" }).click();
    await expect(page.getByRole("status")).toHaveText(`Deleted “${memoryName}”.`);
  });
});
