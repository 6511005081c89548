import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { ExportMenu } from "./pages/export-menu";

test("XLIFF with the target pre-filled with the source (for OmegaT): the copy is no translation when it comes back", async ({ documentPage, page, seedDocument }) => {
  const id = seedDocument("研发与测试\n还没翻译。", `预填 Prefilled ${Date.now()}`);
  await documentPage.goto(id);
  const menu = new ExportMenu(page);

  await test.step("translate the first paragraph", async () => {
    await documentPage.target(1).fill("Research and testing");
    await documentPage.status(1).selectOption("translated");
    await documentPage.expectSaved();
  });

  let prefilled = "";
  await test.step("download XLIFF 1.2 with the option: the untranslated paragraph's target is its source, state new", async () => {
    prefilled = readFileSync(await (await menu.download("XLIFF 1.2", { prefilled: true })).path()).toString("utf8");
    expect(prefilled).toContain('<target state="new">还没翻译。</target>');
    expect(prefilled).toMatch(/approved="yes"[^>]*>\s*<source>研发与测试<\/source>\s*<target state="translated">Research and testing<\/target>/);
  });

  await test.step("import the file back: nothing changes, the paragraph stays untranslated", async () => {
    await menu.importTranslations({ name: "prefilled.xlf", mimeType: "application/xliff+xml", buffer: Buffer.from(prefilled) });
    await expect(menu.importForm.getByRole("status")).toHaveText("No paragraph changed; 2 unchanged; 0 not found in this document.");
    await expect(documentPage.target(2)).toHaveValue("");
  });
});
