import { expect, test } from "./fixtures";

test("reopening the cleanup of a document and applying other choices keeps its translations", async ({ page, documentPage, seedDocument }) => {
  const id = seedDocument("危難之時顯身手 * c6 p, R# v. L/ |\n這是一場沒有硝煙的戰爭,全員出擊。\n區(qū)第三段。", undefined, { cleaned: true });
  await documentPage.goto(id);
  await expect(page.getByText("區第三段。", { exact: true })).toBeVisible();

  await test.step("translate a paragraph", async () => {
    await documentPage.target(2).fill("This is a war without gunsmoke.");
    await documentPage.target(2).blur();
    await documentPage.expectSaved();
  });

  await test.step("reopen the preview and switch the pinyin rule off", async () => {
    await page.getByRole("link", { name: "Cleanup" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Cleanup of /);
    await page.getByRole("checkbox", { name: /^Pinyin glosses \(\d+\)$/ }).uncheck();
    await page.getByRole("button", { name: /^Apply cleanup/ }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("2 unchanged, with their translations and history; 0 translated paragraphs kept");
  });

  await test.step("the document has its glosses back and the translation where it was", async () => {
    await page.getByRole("link", { name: "Open the document" }).click();
    await expect(page.getByText("區(qū)第三段。", { exact: true })).toBeVisible();
    await expect(documentPage.target(2)).toHaveValue("This is a war without gunsmoke.");
  });
});

test("a doubtful mojibake repair is offered, never made silently, and applied when accepted", async ({ page }) => {
  await page.goto("/import");
  await page.getByRole("textbox", { name: "Chinese text" }).fill("他說:「我們一定會回來的?!闺S後轉身離開,再也沒有回頭。");
  await page.getByRole("button", { name: "Preview cleanup" }).click();
  const result = page.getByRole("region", { name: /^Paragraphs to import/ });
  await expect(page.getByText(/may contain mojibake/)).toBeVisible();
  await expect(result).toContainText("回來的?!闺S後");
  await page.getByRole("button", { name: "Repair “?!闺S” as “。」隨”" }).click();
  await expect(result).toContainText("回來的。」隨後");
});
