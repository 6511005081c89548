import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import type { DocumentPage } from "./pages/document-page";

// Issue 18's batch tools in the editor, with the real keyboard and mouse: repetitions, locking, batch
// status changes and fuzzy pre-translation, each one undoable batch.

const notice = (page: Page) => page.locator(".editor-notice");

async function translate(documentPage: DocumentPage, n: number, text: string) {
  await documentPage.target(n).click();
  await documentPage.page.keyboard.type(text);
}

test("confirming a paragraph offers to fill its repetitions, in either script, as drafts; Undo takes them back", async ({ page, documentPage, seedDocument }) => {
  const id = seedDocument("城管来了。\n别的段落。\n城管來了。\n城管 来了。");
  await documentPage.goto(id);

  await test.step("confirm paragraph 1: the notice offers its 2 empty repetitions", async () => {
    await translate(documentPage, 1, "The city inspectors are coming.");
    await page.keyboard.press("Control+Enter");
    await expect(notice(page)).toHaveText("2 empty paragraphs repeat paragraph 1.");
    await expect(page.getByRole("button", { name: "Fill 2 repetitions" })).toBeVisible();
  });

  await test.step("the shortcut fills them as drafts marked as repetitions", async () => {
    await expect(documentPage.target(2)).toBeFocused();
    await page.keyboard.press("Control+Shift+D");
    await expect(notice(page)).toHaveText("Filled 2 repetitions of paragraph 1 as drafts.");
    for (const n of [3, 4]) {
      await expect(documentPage.target(n)).toHaveValue("The city inspectors are coming.");
      await expect(documentPage.status(n)).toHaveValue("draft");
      await expect(documentPage.row(n).getByText("Rep.", { exact: true })).toBeVisible();
    }
    await expect(documentPage.target(2)).toHaveValue("");
  });

  await test.step("Undo empties them again in one step, and a reload agrees", async () => {
    await page.getByRole("button", { name: "Undo this batch change" }).click();
    await expect(notice(page)).toHaveText("2 paragraphs put back.");
    await expect(documentPage.target(3)).toHaveValue("");
    await expect(documentPage.target(4)).toHaveValue("");
    await page.reload();
    await expect(documentPage.target(3)).toHaveValue("");
    await expect(documentPage.target(1)).toHaveValue("The city inspectors are coming.");
  });
});

test("a reviewed paragraph locked with the shortcut refuses every edit with a clear message until it is unlocked", async ({ page, documentPage, seedDocument }) => {
  const id = seedDocument("审校过的段落。\n第二段。");
  await documentPage.goto(id);
  const lockedMessage = "Paragraph 1 is locked after review — unlock it to edit (Ctrl+Shift+O).";

  await test.step("a paragraph not reviewed cannot be locked", async () => {
    await translate(documentPage, 1, "Reviewed text.");
    await page.keyboard.press("Control+Shift+O");
    await expect(notice(page)).toHaveText("Only reviewed paragraphs can be locked: mark paragraph 1 reviewed first.");
  });

  await test.step("mark it reviewed, then lock it from the keyboard", async () => {
    await page.keyboard.press("Control+Shift+Enter");
    await documentPage.target(1).click();
    await page.keyboard.press("Control+Shift+O");
    await expect(notice(page)).toHaveText("Paragraph 1 is locked: its translation cannot be changed until it is unlocked.");
    await expect(documentPage.row(1).getByRole("button", { name: "Paragraph 1 is locked: unlock it" })).toHaveAttribute("aria-pressed", "true");
    await expect(documentPage.target(1)).toHaveAttribute("readonly", "");
  });

  await test.step("typing, deleting, pasting and a status change are refused with the message, the text unchanged", async () => {
    await documentPage.target(1).click();
    await page.keyboard.type("x");
    await expect(notice(page)).toHaveText(lockedMessage);
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Control+Shift+S");
    await expect(documentPage.target(1)).toHaveValue("Reviewed text.");
    await documentPage.status(1).selectOption("draft");
    await expect(notice(page)).toHaveText(lockedMessage);
    await expect(documentPage.status(1)).toHaveValue("reviewed");
    await page.reload();
    await expect(documentPage.target(1)).toHaveValue("Reviewed text.");
    await expect(documentPage.target(1)).toHaveAttribute("readonly", "");
    await documentPage.target(1).click();
    await page.keyboard.type("y");
    await expect(notice(page)).toHaveText(lockedMessage);
    await page.getByRole("button", { name: "Split paragraph 1" }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });

  await test.step("unlock it (recorded in its history) and edit again", async () => {
    await documentPage.target(1).click();
    await page.keyboard.press("Control+Shift+O");
    await expect(notice(page)).toHaveText("Paragraph 1 is unlocked and can be edited again.");
    await page.keyboard.press("End");
    await page.keyboard.type(" Edited.");
    await expect(documentPage.target(1)).toHaveValue("Reviewed text. Edited.");
    await documentPage.target(1).blur();
    await documentPage.expectSaved();
    await page.getByRole("button", { name: "History of paragraph 1" }).click();
    const history = page.getByRole("dialog", { name: "History of paragraph 1" });
    await expect(history.getByRole("listitem").filter({ hasText: "Unlocked" })).toHaveCount(1);
    await expect(history.getByRole("listitem").filter({ hasText: /^(?!.*Unlocked).*Locked/ })).toHaveCount(1);
    await page.keyboard.press("Escape");
  });
});

test("a save refused because another page locked the paragraph says so and takes the locked text", async ({ browser, page, documentPage, seedDocument }) => {
  const id = seedDocument("锁定的段落。\n第二段。");
  await documentPage.goto(id);
  await translate(documentPage, 1, "Reviewed text.");
  await page.keyboard.press("Control+Shift+Enter");
  await documentPage.expectSaved();

  // This page works on ¶1 meanwhile: a live update does not replace a paragraph with the cursor.
  await documentPage.target(1).click();
  const otherContext = await browser.newContext({ locale: "en-US" });
  const other = await otherContext.newPage();
  await other.goto(`/documents/${id}`);
  await other.getByRole("button", { name: "Lock paragraph 1" }).click();
  await expect(other.getByRole("button", { name: "Paragraph 1 is locked: unlock it" })).toBeVisible();

  await page.keyboard.press("End");
  await page.keyboard.type(" Changed.");
  await documentPage.target(1).blur();
  const alert = page.getByRole("alert").filter({ hasText: "This paragraph was locked meanwhile." });
  await expect(alert).toContainText("the text you typed is kept in the paragraph’s history");
  await expect(alert.getByRole("button")).toHaveCount(1);
  await alert.getByRole("button", { name: "Show the locked text" }).click();
  await expect(documentPage.target(1)).toHaveValue("Reviewed text.");
  await expect(documentPage.target(1)).toHaveAttribute("readonly", "");
  await documentPage.expectSaved();
  await page.getByRole("button", { name: "History of paragraph 1" }).click();
  await expect(page.getByRole("dialog", { name: "History of paragraph 1" }).getByRole("listitem").filter({ hasText: "Reviewed text. Changed." })).toBeVisible();
  await otherContext.close();
});

test("Change status… marks the drafts the filter shows as translated, skipping empty ones; Undo puts them back", async ({ page, documentPage, seedDocument }) => {
  const id = seedDocument("第一段草稿。\n第二段草稿。\n第三段。\n第四段已翻译。");
  await documentPage.goto(id);
  await translate(documentPage, 1, "First draft.");
  await translate(documentPage, 2, "Second draft.");
  await translate(documentPage, 4, "Fourth.");
  await page.keyboard.press("Control+Enter");
  await documentPage.expectSaved();

  await documentPage.filter.selectOption("draft");
  await expect(documentPage.target(4)).toBeHidden();
  await page.getByRole("button", { name: "Change status…" }).click();
  const dialog = page.getByRole("dialog", { name: "Change the status of paragraphs" });
  await expect(dialog.getByRole("radio", { name: "Translated" })).toBeFocused();
  await expect(dialog).toContainText("For the 2 paragraphs the filter shows.");
  await dialog.getByRole("button", { name: "Change 2 paragraphs" }).click();
  await expect(notice(page)).toHaveText("Marked 2 paragraphs as translated.");
  await documentPage.filter.selectOption("all");
  await expect(documentPage.status(1)).toHaveValue("translated");
  await expect(documentPage.status(2)).toHaveValue("translated");
  await expect(documentPage.status(3)).toHaveValue("untranslated");

  await page.getByRole("button", { name: "Undo this batch change" }).click();
  await expect(documentPage.status(1)).toHaveValue("draft");
  await expect(documentPage.status(2)).toHaveValue("draft");
  await expect(documentPage.status(4)).toHaveValue("translated");
});

test("Change status… on selected paragraphs: a box, Shift+click for a range, the shortcut for the focused row", async ({ page, documentPage, seedDocument }) => {
  const id = seedDocument("甲。\n乙。\n丙。\n丁。\n戊。");
  await documentPage.goto(id);
  for (const n of [1, 2, 3, 4, 5]) await translate(documentPage, n, `Paragraph ${n}.`);
  await documentPage.target(5).blur();
  await documentPage.expectSaved();

  await page.getByRole("checkbox", { name: "Select paragraph 2" }).click();
  await page.getByRole("checkbox", { name: "Select paragraph 4" }).click({ modifiers: ["Shift"] });
  await documentPage.target(5).click();
  await page.keyboard.press("Control+Shift+Space");
  for (const n of [2, 3, 4, 5]) await expect(page.getByRole("checkbox", { name: `Select paragraph ${n}` })).toBeChecked();
  await page.keyboard.press("Control+Shift+Space");
  await expect(page.getByRole("checkbox", { name: "Select paragraph 5" })).not.toBeChecked();

  await page.getByRole("button", { name: "Change status…" }).click();
  const dialog = page.getByRole("dialog", { name: "Change the status of paragraphs" });
  await expect(dialog.getByRole("radio", { name: "The 3 selected paragraphs" })).toBeChecked();
  await dialog.getByRole("radio", { name: "Reviewed" }).check();
  await dialog.getByRole("button", { name: "Change 3 paragraphs" }).click();
  await expect(notice(page)).toHaveText("Marked 3 paragraphs as reviewed.");
  expect(await Promise.all([1, 2, 3, 4, 5].map((n) => documentPage.status(n).inputValue()))).toEqual(["draft", "reviewed", "reviewed", "reviewed", "draft"]);

  await page.getByRole("button", { name: "Lock all reviewed" }).click();
  await expect(notice(page)).toHaveText("Locked 3 reviewed paragraphs.");
  await expect(page.getByRole("button", { name: /is locked: unlock it/ })).toHaveCount(3);
  await page.getByRole("button", { name: "Clear selection (3)" }).click();
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(0);
});

test("pre-translate at 85% fills a fuzzy match as a draft with a TM badge and its score", async ({ page, documentPage, seedDocument }) => {
  const memory = seedDocument("荆门漳河水库今年夏天接待游客一百万人次。");
  await documentPage.goto(memory);
  await translate(documentPage, 1, "Zhanghe Reservoir in Jingmen received a million visitors this summer.");
  await page.keyboard.press("Control+Enter");
  await documentPage.expectSaved();

  const id = seedDocument("荆门漳河水库今年夏天接待游客两百万人次。\n无关的一段。");
  await documentPage.goto(id);
  await page.getByRole("button", { name: "Pre-translate…" }).click();
  const dialog = page.getByRole("dialog", { name: "Pre-translate empty paragraphs?" });
  await expect(dialog.getByRole("radio", { name: "100% (exact matches only)" })).toBeChecked();
  await dialog.getByRole("spinbutton", { name: "Score" }).fill("40");
  await expect(dialog.getByText("Enter a whole number from 50 to 100.")).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Pre-translate" })).toBeDisabled();
  await dialog.getByRole("radio", { name: "85%" }).check();
  await dialog.getByRole("button", { name: "Pre-translate" }).click();
  await expect(notice(page)).toHaveText("Filled 1 paragraph from matches of 85% or more (draft).");
  await expect(documentPage.target(1)).toHaveValue("Zhanghe Reservoir in Jingmen received a million visitors this summer.");
  await expect(documentPage.status(1)).toHaveValue("draft");
  await expect(documentPage.row(1).getByText(/^TM (8[5-9]|9\d)%$/)).toBeVisible();
  await expect(documentPage.target(2)).toHaveValue("");

  await test.step("the badge goes once the translator edits the draft", async () => {
    await documentPage.target(1).click();
    await page.keyboard.press("End");
    await page.keyboard.type("!");
    await expect(documentPage.row(1).getByText(/^TM \d+%$/)).toBeHidden();
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the batch buttons and dialogs work and pass axe", async ({ page, documentPage, seedDocument }) => {
    const id = seedDocument("手机上的段落。\n另一段。");
    await documentPage.goto(id);
    await documentPage.openTools();
    await page.getByRole("button", { name: "Change status…" }).click();
    const status = page.getByRole("dialog", { name: "Change the status of paragraphs" });
    await expect(status).toBeVisible();
    const serious = async () => (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
    expect(await serious()).toEqual([]);
    await page.keyboard.press("Escape");
    await documentPage.openTools();
    await page.getByRole("button", { name: "Pre-translate…" }).click();
    await expect(page.getByRole("dialog", { name: "Pre-translate empty paragraphs?" })).toBeVisible();
    expect(await serious()).toEqual([]);
    const box = await page.getByRole("dialog").boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
  });
});
