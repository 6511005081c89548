import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DocumentPage } from "./pages/document-page";

// Find and replace in the translations: Ctrl+H, a regular expression with a group, a preview of every
// change to untick, Replace all as one batch with its revisions, one Undo; whole word; a paragraph
// saved in another tab after the preview is left and reported; a phone; axe.

const SOURCES = "张三来了。\n张伟走了。\n李白写诗。\n又是张三。";
const TARGETS = ["Zhang San came.", "Zhang Wei left.", "Li Bai wrote poems in Lima.", "Zhang San again."];

async function translate(documentPage: DocumentPage, targets: readonly string[]) {
  for (const [i, text] of targets.entries()) {
    await documentPage.target(i + 1).click();
    await documentPage.page.keyboard.type(text);
  }
  await documentPage.page.keyboard.press("Tab");
  await documentPage.expectSaved();
}

const dialogOf = (page: Page) => page.getByRole("dialog", { name: "Find and replace" });

async function expectNoSeriousAxeViolation(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include("dialog[open]").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" | ")}`)).toEqual([]);
}

test("search and replace with a regex group: preview, untick one, replace as one batch with history, undo", async ({ documentPage, seedDocument }, testInfo) => {
  const id = seedDocument(SOURCES);
  await documentPage.goto(id);
  const page = documentPage.page;
  await translate(documentPage, TARGETS);
  const dialog = dialogOf(page);

  await test.step("Ctrl+H opens the dialog with the cursor in Find; the help lists the shortcut", async () => {
    await documentPage.target(1).click();
    await page.keyboard.press("Control+h");
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("textbox", { name: "Find" })).toBeFocused();
  });

  await test.step("a regular expression with a group, typed and ticked by keyboard, previews every change", async () => {
    await page.keyboard.type("Zhang (San|Wei)");
    await page.keyboard.press("Tab");
    await page.keyboard.type("张$1");
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("checkbox", { name: "Regular expression" })).toBeFocused();
    // As plain text the pattern is found nowhere: said plainly, not "No match in no paragraph".
    await expect(dialog.getByRole("status")).toHaveText("No match.");
    await page.keyboard.press("Space");
    await expect(dialog.getByRole("status")).toHaveText("3 replacements in 3 paragraphs.");
    const items = dialog.getByRole("list", { name: "Changes" }).getByRole("listitem");
    await expect(items).toHaveCount(3);
    await expect(items.first()).toContainText("¶1");
    await expect(items.first().locator(".replace-before mark")).toHaveText("Zhang San");
    await expect(items.first().locator(".replace-after")).toContainText("张San came.");
    await expect(items.first().locator(".replace-after mark")).toHaveText("张San");
    await page.keyboard.press("Enter"); // Enter in the form previews (live already), never replaces
    await expect(dialog).toBeVisible();
    await expectNoSeriousAxeViolation(page);
    await page.screenshot({ path: testInfo.outputPath("replace-preview.png") });
  });

  await test.step("untick paragraph 4 and replace: one batch, the boxes changed, the notice offers Undo", async () => {
    await dialog.getByRole("checkbox", { name: "Replace in paragraph 4" }).uncheck();
    await expect(dialog.getByRole("status")).toHaveText("3 replacements in 3 paragraphs; 1 left out.");
    await dialog.getByRole("button", { name: "Replace in 2 paragraphs" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator(".editor-notice")).toHaveText("Replaced in 2 paragraphs.");
    await expect(documentPage.target(1)).toHaveValue("张San came.");
    await expect(documentPage.target(2)).toHaveValue("张Wei left.");
    await expect(documentPage.target(4)).toHaveValue("Zhang San again.");
  });

  await test.step("the history of paragraph 1 shows the batch", async () => {
    await page.getByRole("button", { name: "History of paragraph 1" }).click();
    const history = page.getByRole("dialog", { name: "History of paragraph 1" });
    await expect(history.getByRole("listitem").first()).toContainText("Replaced in a batch");
    await history.getByRole("button", { name: "Close" }).click();
  });

  await test.step("Undo puts both texts back in one step, also after a reload", async () => {
    await page.getByRole("button", { name: "Undo this batch change" }).click();
    await expect(page.locator(".editor-notice")).toHaveText("2 paragraphs put back.");
    await expect(documentPage.target(1)).toHaveValue(TARGETS[0]);
    await expect(documentPage.target(2)).toHaveValue(TARGETS[1]);
    await page.reload();
    await expect(documentPage.target(1)).toHaveValue(TARGETS[0]);
    await expect(documentPage.target(2)).toHaveValue(TARGETS[1]);
  });
});

test("a plain whole-word replace; a paragraph saved in another tab after the preview is left and reported", async ({ documentPage, seedDocument, context }) => {
  const id = seedDocument(SOURCES);
  await documentPage.goto(id);
  const page = documentPage.page;
  await translate(documentPage, ["Li wrote.", "Li Si and Lima.", "Li Bai wrote poems in Lima.", "Li again."]);
  const dialog = dialogOf(page);

  await documentPage.target(1).click();
  await page.keyboard.press("Control+h");
  await page.keyboard.type("Li");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Lee");
  await dialog.getByRole("checkbox", { name: "Whole word" }).check();
  await expect(dialog.getByRole("status")).toHaveText("4 replacements in 4 paragraphs.");
  await expect(dialog.locator(".replace-after").nth(1)).toHaveText(/Lee Si and Lima\./);

  await test.step("another tab saves paragraph 3 after the preview", async () => {
    const other = new DocumentPage(await context.newPage());
    await other.goto(id);
    await other.target(3).click();
    await other.page.keyboard.press("End");
    await other.page.keyboard.type(" Li Bai!");
    await other.page.keyboard.press("Tab");
    await other.expectSaved();
    await other.page.close();
  });

  await dialog.getByRole("button", { name: "Replace in 4 paragraphs" }).click();
  await expect(page.locator(".editor-notice")).toHaveText("Replaced in 3 paragraphs. 1 paragraph was left as it was: changed meanwhile or locked.");
  await expect(documentPage.target(1)).toHaveValue("Lee wrote.");
  await expect(documentPage.target(2)).toHaveValue("Lee Si and Lima.");
  await expect(documentPage.target(4)).toHaveValue("Lee again.");
  await page.reload();
  await expect(documentPage.target(3)).toHaveValue("Li Bai wrote poems in Lima. Li Bai!");
});

test("finds in the sources across scripts and goes to a paragraph", async ({ documentPage, seedDocument }) => {
  const id = seedDocument("隨州的城牆。\n別的段落。\n随州又来了。");
  await documentPage.goto(id);
  const page = documentPage.page;
  await documentPage.target(1).click();
  await page.keyboard.press("Control+h");
  const dialog = dialogOf(page);
  await page.keyboard.type("随州");
  await dialog.getByRole("combobox", { name: "Search in" }).selectOption("Sources (find only)");
  await expect(dialog.getByRole("status")).toHaveText("2 matches in 2 paragraphs.");
  await expect(dialog.locator(".replace-before mark")).toHaveText(["隨州", "随州"]);
  await expect(dialog.getByRole("button", { name: /Replace/ })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Go to ¶3" }).click();
  await expect(dialog).toBeHidden();
  await expect(documentPage.target(3)).toBeFocused();
});

test("refuses an expression that matches empty text, with a message", async ({ documentPage, seedDocument }) => {
  const id = seedDocument(SOURCES);
  await documentPage.goto(id);
  await translate(documentPage, TARGETS.slice(0, 1));
  const page = documentPage.page;
  await documentPage.target(1).click();
  await page.keyboard.press("Control+h");
  const dialog = dialogOf(page);
  await dialog.getByRole("checkbox", { name: "Regular expression" }).check();
  await dialog.getByRole("textbox", { name: "Find" }).fill("x*");
  await expect(dialog.getByRole("alert")).toContainText("can match empty text");
  await dialog.getByRole("textbox", { name: "Find" }).fill("(unclosed");
  await expect(dialog.getByRole("alert")).toContainText("The regular expression is not valid");
  await expect(dialog.getByRole("button", { name: "Replace all" })).toBeDisabled();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("limited to the paragraphs the filter shows; the shortcuts help lists Ctrl+H", async ({ documentPage, seedDocument }) => {
  const id = seedDocument(SOURCES);
  await documentPage.goto(id);
  await translate(documentPage, TARGETS);
  const page = documentPage.page;
  await documentPage.find.fill("again");
  await expect(documentPage.target(2)).toBeHidden();
  await documentPage.find.press("Control+h");
  const dialog = dialogOf(page);
  await page.keyboard.type("Zhang");
  await expect(dialog.getByRole("status")).toHaveText("3 replacements in 3 paragraphs.");
  await dialog.getByRole("combobox", { name: "Paragraphs" }).selectOption("Shown by the filter (1)");
  await expect(dialog.getByRole("status")).toHaveText("1 replacement in 1 paragraph.");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help.getByRole("definition").filter({ hasText: "Find and replace in the translations" })).toBeVisible();
  await expect(help.locator("dt", { has: page.locator("kbd", { hasText: /^H$/ }) })).toHaveText("CtrlH");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("the dialog fits, opens from the Tools menu, and replaces", async ({ documentPage, seedDocument }, testInfo) => {
    const id = seedDocument(SOURCES);
    await documentPage.goto(id);
    const page = documentPage.page;
    await translate(documentPage, TARGETS);
    await documentPage.openTools();
    await page.getByRole("button", { name: "Find and replace" }).click();
    const dialog = dialogOf(page);
    await page.keyboard.type("Zhang");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Chang");
    await expect(dialog.getByRole("status")).toHaveText("3 replacements in 3 paragraphs.");
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(await dialog.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await expect(dialog.getByRole("button", { name: "Replace in 3 paragraphs" })).toBeInViewport({ ratio: 1 });
    await expectNoSeriousAxeViolation(page);
    await page.screenshot({ path: testInfo.outputPath("replace-phone.png") });
    await dialog.getByRole("button", { name: "Replace in 3 paragraphs" }).click();
    await expect(documentPage.target(1)).toHaveValue("Chang San came.");
  });
});
