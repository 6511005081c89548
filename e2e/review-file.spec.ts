import { mkdirSync, readFileSync } from "node:fs";
import type { Download, Locator, Page } from "@playwright/test";
import { parseReviewFile } from "@/lib/core/formats/parse-review-file";
import { editReviewDocx, editReviewXlsx } from "@/lib/core/testing/edit-review-file";
import { expect, test } from "./fixtures";
import { ExportMenu } from "./pages/export-menu";

// Screenshots for a person to look at, when SHOTS_DIR is set.
const SHOTS_DIR = process.env.SHOTS_DIR;
async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS_DIR) return;
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png`, fullPage: true });
}

const bytesOf = async (download: Download) => new Uint8Array(readFileSync(await download.path()));

/** Chooses a file through the file chooser, as a click on the file field opens it. */
async function importFile(menu: ExportMenu, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await menu.open();
  const [chooser] = await Promise.all([menu.page.waitForEvent("filechooser"), menu.importForm.getByLabel("XLIFF, TMX or review file").click()]);
  await chooser.setFiles(file);
  await menu.importForm.getByRole("button", { name: "Import translations" }).click();
}

async function expectRevisionFromReview(page: Page, n: number, target: string): Promise<void> {
  await page.getByRole("button", { name: `History of paragraph ${n}` }).click();
  const history = page.getByRole("dialog", { name: `History of paragraph ${n}` });
  await expect(history.getByRole("listitem").filter({ hasText: target })).toContainText("from the review file");
  await shoot(page, `history-${n}`);
  await history.getByRole("button", { name: "Close" }).click();
}

const noteOf = (row: Locator) => row.locator(".source-text mark[data-annotation-id]");

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

test("a reviewer's DOCX and XLSX come back: revisions by the review, comments as notes, another document's file refused", async ({ documentPage, page, seedDocument }) => {
  test.setTimeout(120_000); // a long journey: two exports, three uploads read in the parse worker, four reloads
  const title = `审校 Review ${Date.now()}`;
  const id = seedDocument("研发与测试。\n他说：“好的。”\n还没翻译的段落。", title);
  const otherId = seedDocument("别的文档。", `Other ${Date.now()}`);
  await documentPage.goto(id);
  const menu = new ExportMenu(page);

  await test.step("translate two paragraphs", async () => {
    await documentPage.target(1).fill("R&D and testing.");
    await documentPage.status(1).selectOption("translated");
    await documentPage.target(2).fill('He said: "OK."');
    await documentPage.expectSaved();
  });

  let xlsx = new Uint8Array();
  await test.step("export the review XLSX from the Export menu", async () => {
    const download = await menu.download("Review table (XLSX)");
    expect(download.suggestedFilename()).toBe(`${title}.review.xlsx`);
    xlsx = await bytesOf(download);
    await shoot(page, "export-menu");
  });

  await test.step("the reviewer edits a target and writes a comment; the import saves both", async () => {
    const ids = (await parseReviewFile(xlsx)).rows.map((row) => row.id);
    const edited = await editReviewXlsx(xlsx, [{ id: ids[1], target: 'He said: "All right."', comment: "Quotes: keep them straight." }]);
    await importFile(menu, { name: `${title}.review.xlsx`, mimeType: XLSX, buffer: Buffer.from(edited) });
    await expect(menu.importForm.getByRole("status")).toHaveText(
      "1 paragraph updated; 2 unchanged; 0 not found in this document. 1 comment saved as paragraph notes.",
    );
    await shoot(page, "import-xlsx-summary");
    await page.reload();
    await expect(documentPage.target(2)).toHaveValue('He said: "All right."');
    await expect(noteOf(documentPage.row(2))).toHaveAttribute("title", "Quotes: keep them straight.");
    await expectRevisionFromReview(page, 2, 'He said: "All right."');
  });

  await test.step("the review DOCX: a translation for the untranslated paragraph, and a comment", async () => {
    const download = await menu.download("Review table (DOCX)");
    expect(download.suggestedFilename()).toBe(`${title}.review.docx`);
    const docx = await bytesOf(download);
    const parsed = await parseReviewFile(docx);
    expect(parsed.rows[1]).toMatchObject({ target: 'He said: "All right."', comment: "Quotes: keep them straight." });
    const edited = editReviewDocx(docx, [{ id: parsed.rows[2].id, target: "A paragraph not yet translated.", comment: "Translated in review." }]);
    await importFile(menu, { name: `${title}.review.docx`, mimeType: DOCX, buffer: Buffer.from(edited) });
    await expect(menu.importForm.getByRole("status")).toHaveText(
      "1 paragraph updated; 2 unchanged; 0 not found in this document. 1 comment saved as paragraph notes.",
    );
    await page.reload();
    await expect(documentPage.target(3)).toHaveValue("A paragraph not yet translated.");
    await expect(documentPage.status(3)).toHaveValue("draft");
    await expect(noteOf(documentPage.row(3))).toHaveAttribute("title", "Translated in review.");
    await expectRevisionFromReview(page, 3, "A paragraph not yet translated.");
    await shoot(page, "editor-after-review");
  });

  await test.step("the first XLSX, imported into another document, is refused and changes nothing", async () => {
    await documentPage.goto(otherId);
    await importFile(menu, { name: "review.xlsx", mimeType: XLSX, buffer: Buffer.from(xlsx) });
    await expect(menu.importForm.getByRole("status")).toHaveText(`This review file belongs to another document (document ${id}, or a document of another database). Nothing was changed.`);
    await shoot(page, "import-refused");
    await page.reload();
    await expect(documentPage.target(1)).toHaveValue("");
  });
});
