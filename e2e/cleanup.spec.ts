import { expect, test } from "./fixtures";
import { ImportPage } from "./pages/import-page";

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
  await page.getByTitle("Repair “?!闺S” as “。」隨”").click();
  await expect(result).toContainText("回來的。」隨後");
});

test("a chrome line put back shows its pinyin gloss struck, as the import removes it", async ({ page }) => {
  const importPage = new ImportPage(page);
  await importPage.goto();
  await importPage.paste("Chrome with a gloss", "馬上注冊,結交更多好友,享用更多功能,讓你輕松玩轉社區(qū)。\n正文第一段。");
  const result = page.getByRole("region", { name: /^Paragraphs to import/ });
  const kept = "馬上注冊，結交更多好友，享用更多功能，讓你輕松玩轉社區。";
  await expect(result).not.toContainText("馬上注冊");

  await test.step("put the line back with a click: its gloss stays struck in the preview and out of the result", async () => {
    await page.getByTitle(/^Put back: 馬上注冊/).click();
    await expect(page.getByTitle(/^Remove again: 馬上注冊/)).toHaveAttribute("aria-pressed", "true");
    const gloss = page.getByTitle("Put back: (qū)");
    await expect(gloss).toBeVisible();
    await expect(gloss).toHaveAttribute("aria-pressed", "false");
    await expect(result.getByRole("listitem").first()).toHaveText(kept);
    const shownKept = await page.locator(".edit-group").evaluate((group) => {
      const copy = group.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".edit-applied .edit-original").forEach((struck) => struck.remove());
      return copy.textContent;
    });
    expect(shownKept).toBe(kept);
  });

  await test.step("the imported text is what the preview showed", async () => {
    await importPage.importButton.click();
    await expect(page).toHaveURL(/\/documents\/\d+$/);
    await expect(page.getByText(kept, { exact: true })).toBeVisible();
    await expect(page.getByText(/\(qū\)/)).toHaveCount(0);
  });
});
