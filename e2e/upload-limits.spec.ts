import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { Document, Packer, Paragraph } from "docx";
import { MAX_BILINGUAL_BYTES } from "@/lib/core/limits";
import { buildDocxBomb } from "@/lib/core/testing/docx-bomb";
import { expect, test } from "./fixtures";
import { ExportMenu } from "./pages/export-menu";
import { ImportPage } from "./pages/import-page";
import { E2E_PORT, resetPeakMemory, serverMemory } from "./server-memory";

// Hostile and oversized uploads: each is refused with a clear message, changes nothing, and the server
// neither dies nor grows (its peak resident memory is read from /proc).

const MAX_GROWTH_MB = 300;
const BOMBS = [
  { label: "111 KB file that inflates to 32 MB", inflatedMb: 32 },
  { label: "1 MB file that inflates to 300 MB", inflatedMb: 300 },
];
const DOCX_REFUSAL = "This Word document unpacks to more than 20 MB, the limit, so it was not read.";
const TOO_LARGE = `This file is too large: the limit is ${MAX_BILINGUAL_BYTES / 1024 / 1024} MB. Nothing was changed.`;

/** Runs `upload` and checks that the server's peak memory meanwhile stayed within MAX_GROWTH_MB of where it was. */
async function withBoundedMemory(label: string, upload: () => Promise<void>): Promise<void> {
  const { pid } = serverMemory(E2E_PORT);
  resetPeakMemory(pid);
  const before = serverMemory(E2E_PORT);
  await upload();
  const after = serverMemory(E2E_PORT);
  console.log(`${label}: server rss ${before.rssMb} MB before, ${after.rssMb} MB after, peak ${after.peakRssMb} MB meanwhile`);
  expect(after.pid).toBe(pid);
  expect(after.peakRssMb - before.rssMb).toBeLessThan(MAX_GROWTH_MB);
}

/** A file of `bytes` bytes in the test's output folder (written in pieces, never held whole). */
function bigFile(path: string, bytes: number, head: string): string {
  const fd = openSync(path, "w");
  writeSync(fd, head);
  const piece = Buffer.alloc(1024 * 1024, " ");
  for (let left = bytes - Buffer.byteLength(head); left > 0; left -= piece.length) writeSync(fd, piece, 0, Math.min(piece.length, left));
  closeSync(fd);
  return path;
}

for (const bomb of BOMBS) {
  test(`a .docx ZIP bomb (${bomb.label}) is refused on the import page; the server stays small and answers`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const file = testInfo.outputPath("bomb.docx");
    writeFileSync(file, buildDocxBomb(bomb.inflatedMb));
    const importPage = new ImportPage(page);
    await importPage.goto();
    await page.getByRole("radio", { name: "Upload a file" }).check();
    await importPage.fileField.setInputFiles(file);
    await withBoundedMemory(`import page, ${bomb.label}`, async () => {
      await importPage.previewButton.click();
      await expect(importPage.error).toContainText(DOCX_REFUSAL, { timeout: 60_000 });
    });
    await expect(importPage.importButton).toHaveCount(0);
    await test.step("the server still answers", async () => {
      const response = await page.goto("/");
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: "Documents" })).toBeVisible();
    });
  });
}

test("a normal .docx still previews and imports", async ({ page }) => {
  const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("颱風過後的社區清潔日。"), new Paragraph("上週的颱風讓我們社區的街道滿是落葉。")] }] }));
  const importPage = new ImportPage(page);
  await importPage.goto();
  await importPage.upload({ name: "notice.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: docx });
  await expect(importPage.importButton).toHaveText("Import 2 paragraphs");
  await importPage.importButton.click();
  await expect(page).toHaveURL(/\/documents\/\d+$/);
});

test("every other upload path refuses a ZIP bomb at once, and the server stays small", async ({ page, documentPage, seedDocument }, testInfo) => {
  test.setTimeout(120_000);
  const file = testInfo.outputPath("bomb.xlf");
  writeFileSync(file, buildDocxBomb(300));
  const id = seedDocument("第一段。\n第二段。");

  await test.step("the editor's Import translations", async () => {
    await documentPage.goto(id);
    const menu = new ExportMenu(page);
    await withBoundedMemory("editor, Import translations", async () => {
      await menu.importTranslations({ name: "bomb.xlf", mimeType: "application/xliff+xml", buffer: Buffer.from(buildDocxBomb(32)) });
      await expect(menu.importForm.getByRole("status")).toHaveText(/not well-formed XML/, { timeout: 5_000 });
    });
    await expect(documentPage.target(1)).toHaveValue("");
  });

  await test.step("the documents page's From a translated file", async () => {
    await page.goto("/");
    const form = page.getByRole("form", { name: "From a translated file" });
    await form.getByLabel("XLIFF or TMX file").setInputFiles(file);
    await withBoundedMemory("documents page, From a translated file", async () => {
      await form.getByRole("button", { name: "Create from file" }).click();
      await expect(form.getByRole("alert")).toContainText("not well-formed XML", { timeout: 5_000 });
    });
  });

  await test.step("the Translation memory page's TMX import", async () => {
    await page.goto("/memory");
    await page.getByLabel("TMX file", { exact: true }).setInputFiles(file);
    await withBoundedMemory("memory page, TMX import", async () => {
      await page.getByRole("button", { name: "Import", exact: true }).click();
      await expect(page.getByRole("alert").filter({ hasText: "not well-formed XML" })).toBeVisible({ timeout: 5_000 });
    });
  });

  await test.step("the glossary's CSV import", async () => {
    await page.goto("/glossary");
    await page.getByLabel("Import CSV").setInputFiles({ name: "bomb.csv", mimeType: "text/csv", buffer: readFileSync(file) });
    await withBoundedMemory("glossary, CSV import", async () => {
      await page.getByRole("button", { name: "Import", exact: true }).click();
      await expect(page.getByRole("alert").filter({ hasText: "This file is not text" })).toBeVisible({ timeout: 5_000 });
    });
  });
});

test("files just over the limit are refused before uploading on all three paths; the editor stays", async ({ page, documentPage, seedDocument }, testInfo) => {
  test.setTimeout(60_000);
  const xliff = bigFile(testInfo.outputPath("huge.xlf"), MAX_BILINGUAL_BYTES + 1, '<?xml version="1.0"?><xliff version="2.0" srcLang="zh" trgLang="en"><file id="f">');
  const tmx = bigFile(testInfo.outputPath("huge.tmx"), MAX_BILINGUAL_BYTES + 1, '<?xml version="1.0"?><tmx version="1.4"><body>');
  const id = seedDocument("第一段。\n第二段。");

  await test.step("the editor's Import translations", async () => {
    await documentPage.goto(id);
    const menu = new ExportMenu(page);
    await menu.open();
    await menu.importForm.getByLabel("XLIFF, TMX or review file").setInputFiles(xliff);
    await menu.importForm.getByRole("button", { name: "Import translations" }).click();
    await expect(menu.importForm.getByRole("status")).toHaveText(TOO_LARGE);
    await expect(documentPage.target(1)).toBeVisible();
    await expect(documentPage.target(1)).toHaveValue("");
  });

  await test.step("the documents page's From a translated file", async () => {
    await page.goto("/");
    const count = await page.getByRole("table").getByRole("row").count();
    const form = page.getByRole("form", { name: "From a translated file" });
    await form.getByLabel("XLIFF or TMX file").setInputFiles(tmx);
    await form.getByRole("button", { name: "Create from file" }).click();
    await expect(form.getByRole("alert")).toHaveText(TOO_LARGE);
    await page.reload();
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(count);
  });

  await test.step("the Translation memory page's TMX import", async () => {
    await page.goto("/memory");
    await page.getByLabel("TMX file", { exact: true }).setInputFiles(tmx);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: TOO_LARGE })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "huge.tmx" })).toHaveCount(0);
  });
});

test("an upload whose request fails (no network) shows a clear message in the page, not the error page", async ({ page, documentPage, seedDocument, context }) => {
  const id = seedDocument("第一段。");
  await documentPage.goto(id);
  const menu = new ExportMenu(page);
  await menu.open();
  await context.setOffline(true);
  await menu.importTranslations({ name: "small.xlf", mimeType: "application/xliff+xml", buffer: Buffer.from("<xliff/>") });
  await expect(menu.importForm.getByRole("status")).toHaveText(/The server did not take this request/);
  await context.setOffline(false);
  await expect(documentPage.target(1)).toBeVisible();
});
