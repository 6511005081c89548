import { expect, test } from "./fixtures";
import { ImportPage } from "./pages/import-page";

const DEMO_TITLE = "危難之時顯身手：隨州市城管執法委全員戰疫工作紀實";

test("a fresh database shows the demo document, opened beside empty English boxes", async ({ documentsPage, documentPage, page }) => {
  await documentsPage.goto();
  const demo = documentsPage.row(DEMO_TITLE);
  await expect(demo).toContainText("39");
  await expect(demo).toContainText("0%");
  await demo.getByRole("link", { name: DEMO_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO_TITLE);
  await expect(page.getByText(/^這是一場沒有硝煙的戰/)).toBeVisible();
  await expect(documentPage.target(1)).toHaveValue("");
  await expect(page.getByText("39 paragraphs · Traditional")).toBeVisible();
  // Rows are virtualized: the last one is rendered once the translator goes there.
  await documentPage.jumpTo(39);
  await expect(documentPage.target(39)).toHaveValue("");
  await expect(documentPage.target(40)).toHaveCount(0);
});

test("creates a document from pasted text", async ({ documentsPage, documentPage, page }) => {
  const title = `Pasted ${Date.now()}`;
  await documentsPage.goto();
  await test.step("paste and create", async () => {
    await documentsPage.create(title, "城管执法委全员战疫\n\n　　这是一场没有硝烟的战争。\n面对突如其来的疫情，全员出击。\n");
    await expect(page).toHaveURL(/\/documents\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });
  await test.step("see its paragraphs beside empty translations", async () => {
    await expect(page.getByText("这是一场没有硝烟的战争。", { exact: true })).toBeVisible();
    await expect(documentPage.target(3)).toHaveValue("");
    await expect(documentPage.target(4)).toHaveCount(0);
    await expect(page.getByText("3 paragraphs · Simplified")).toBeVisible();
  });
  await test.step("find it in the list", async () => {
    await page.getByRole("link", { name: "All documents" }).click();
    await expect(documentsPage.row(title)).toContainText("3");
  });
});

test("refuses an empty paste and a 50 MB paste without writing anything", async ({ documentsPage, page }) => {
  await documentsPage.goto();
  const rowsBefore = await documentsPage.table.getByRole("row").count();
  const importPage = new ImportPage(page);
  await importPage.goto();

  await test.step("empty paste", async () => {
    await importPage.sourceField.fill(" \n　\n");
    await importPage.previewButton.click();
    await expect(importPage.error).toHaveText(/There is no text to import/);
  });

  await test.step("50 MB paste is stopped before it reaches the text box", async () => {
    await importPage.sourceField.fill("");
    await importPage.sourceField.evaluate((textarea: HTMLTextAreaElement) => {
      // 2.8 million lines of 16 UTF-8 bytes (44.8 MB) and 1.8 million more characters (5.4 MB)
      const data = new DataTransfer();
      data.setData("text/plain", "疫情防控。\n".repeat(2_800_000) + "中".repeat(1_800_000));
      textarea.focus();
      textarea.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(importPage.error).toHaveText(/too large: the limit is 5 MB/);
    await expect(importPage.sourceField).toHaveValue("");
  });

  await test.step("a source just over 5 MB typed in is refused before the preview", async () => {
    await importPage.sourceField.evaluate((textarea: HTMLTextAreaElement) => {
      textarea.value = "疫".repeat(1_750_000); // 5.25 MB
    });
    await importPage.previewButton.click();
    await expect(importPage.error).toHaveText(/too large: the limit is 5 MB/);
    await expect(importPage.importButton).toHaveCount(0);
  });

  await documentsPage.goto();
  await expect(documentsPage.table.getByRole("row")).toHaveCount(rowsBefore);
});

test("deletes a document only after confirmation", async ({ documentsPage, page, seedDocument }) => {
  const title = `To delete ${Date.now()}`;
  const id = seedDocument("要删除的文档。\n第二段。", title);
  await documentsPage.goto();
  const dialog = page.getByRole("dialog", { name: "Delete this document?" });

  await test.step("cancel keeps it", async () => {
    await page.getByRole("button", { name: `Delete “${title}”` }).click();
    await expect(dialog).toContainText(`“${title}” will be deleted with its 2 paragraphs`);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(documentsPage.row(title)).toBeVisible();
  });

  await test.step("confirm deletes it", async () => {
    await page.getByRole("button", { name: `Delete “${title}”` }).click();
    await dialog.getByRole("button", { name: "Delete document" }).click();
    await expect(dialog).toBeHidden();
    await expect(documentsPage.row(title)).toHaveCount(0);
    await page.reload();
    await expect(documentsPage.row(title)).toHaveCount(0);
  });

  await test.step("its page is gone", async () => {
    await page.goto(`/documents/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
  });
});

test("a document opened from far down a long list opens at its first paragraph, not at the list's scroll position", async ({ documentsPage, documentPage, page, seedDocument }) => {
  test.slow(); // a dozen documents imported through the CLI first
  await page.setViewportSize({ width: 1280, height: 600 });
  for (let i = 0; i < 12; i++) seedDocument("一段。", `Long list ${i} ${Date.now()}`);
  await documentsPage.goto();
  const link = documentsPage.row(DEMO_TITLE).getByRole("link", { name: DEMO_TITLE, exact: true });
  await link.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO_TITLE);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(documentPage.target(1)).toBeInViewport();
});
