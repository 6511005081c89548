import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { expect, test } from "./fixtures";
import { ImportPage } from "./pages/import-page";

const SAMPLE = readFileSync("samples/demo-forum-page.txt", "utf8");

for (const { encoding, label } of [
  { encoding: "gb18030", label: "GB18030 / GBK" },
  { encoding: "big5", label: "Big5" },
]) {
  test(`imports the damaged sample page uploaded as ${encoding}, cleaned as previewed`, async ({ page }) => {
    const importPage = new ImportPage(page);
    await importPage.goto();

    await test.step("upload: the encoding is detected", async () => {
      await importPage.upload({ name: `forum-page.${encoding}.txt`, mimeType: "text/plain", buffer: iconv.encode(SAMPLE, encoding) });
      await expect(page.getByRole("combobox", { name: "Encoding" })).toHaveValue(encoding);
      await expect(page.getByText(new RegExp(`^Detected ${label.replace(/[/]/g, "\\/")} \\(\\d+% sure\\)$`))).toBeVisible();
    });

    await test.step("another encoding can be chosen: the text is decoded again, with a warning", async () => {
      const other = encoding === "gb18030" ? "big5" : "gb18030";
      const encodingPicker = page.getByRole("combobox", { name: "Encoding" });
      await encodingPicker.selectOption(other);
      await expect(encodingPicker).toHaveValue(other);
      await expect(page.getByRole("main").getByRole("alert")).toContainText(/could not be decoded|was detected as/);
      await expect(page.getByText("危難之時顯身手 隨州市城管執法委全員戰疫工作紀實")).toHaveCount(0);
      await encodingPicker.selectOption(encoding);
      await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
    });

    await test.step("the preview shows each category of removal", async () => {
      for (const rule of ["Anti-scraping junk", "Pinyin glosses", "Forum chrome"]) {
        await expect(importPage.rule(rule)).toBeChecked();
        await expect(importPage.rule(rule)).not.toHaveAccessibleName(`${rule} (0)`);
      }
      await expect(page.getByTitle(/^Put back:\s+\* c6 p, R# v\. L\/ \|/)).toBeVisible();
      const result = page.getByRole("region", { name: /^Paragraphs to import/ });
      await expect(result.getByRole("listitem").filter({ hasText: "迎難而上 向險而進" })).toHaveAttribute("data-kind", "heading");
    });

    await test.step("switching a rule off puts its text back, on removes it again", async () => {
      const result = page.getByRole("region", { name: /^Paragraphs to import/ });
      await importPage.rule("Pinyin glosses").uncheck();
      await expect(result).toContainText("執(zhí)法委");
      await importPage.rule("Pinyin glosses").check();
      await expect(result).not.toContainText("(zhí)");
    });

    await test.step("import lands in the document", async () => {
      await importPage.importButton.click();
      await expect(page).toHaveURL(/\/documents\/\d+$/);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("危難之時顯身手");
      await expect(page.getByText("c6 p, R#")).toHaveCount(0);
      await expect(page.getByText(/\((zhí|qū)\)/)).toHaveCount(0);
      await expect(page.getByText(/^這是一場沒有硝煙的戰爭，/)).toBeVisible();
    });
  });
}

test("a single removal can be put back before importing", async ({ page }) => {
  const importPage = new ImportPage(page);
  await importPage.goto();
  await importPage.paste("Put back", "正文第一段。 * c6 p, R# v. L/ |\n第二段。");
  const result = page.getByRole("region", { name: /^Paragraphs to import/ });
  await expect(result).not.toContainText("c6 p,");
  await page.getByTitle(/^Put back:\s+\* c6 p, R# v\. L\/ \|/).click();
  await expect(result).toContainText("* c6 p, R# v. L/ |");
  await page.getByTitle(/^Remove again: /).click();
  await expect(result).not.toContainText("c6 p,");
});

test("a binary file is refused with a clear message", async ({ page }) => {
  const importPage = new ImportPage(page);
  await importPage.goto();
  await page.getByRole("radio", { name: "Upload a file" }).check();
  await importPage.fileField.setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) });
  await importPage.previewButton.click();
  await expect(importPage.error).toContainText("Duizhao cannot read photo.png.");
  await expect(importPage.importButton).toHaveCount(0);
});
