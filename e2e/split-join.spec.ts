import { expect, test } from "./fixtures";

test("split a paragraph at the cursor and join it back", async ({ documentPage, page, seedDocument }) => {
  const id = seedDocument("第一句。第二句。\n最后一段。");
  await documentPage.goto(id);

  await test.step("translate the paragraph", async () => {
    await documentPage.target(1).fill("First sentence. Second sentence.");
    await documentPage.expectSaved();
  });

  await test.step("split it: the cursor in the source and in the translation mark where", async () => {
    // The translator clicks into the source text after 第一 (2 characters), then on Split.
    await documentPage.row(1).locator(".source-text span").first().evaluate((run) => {
      window.getSelection()?.collapse(run.firstChild, 2);
    });
    await page.getByRole("button", { name: "Split paragraph 1" }).click();
    const dialog = page.getByRole("dialog", { name: "Split paragraph 1" });
    const source = dialog.getByRole("textbox", { name: /^Source/ });
    await expect(source).toBeFocused();
    await expect.poll(() => source.evaluate((box: HTMLTextAreaElement) => box.selectionStart)).toBe(2);
    // …and moves the cursor with the keyboard to after 第一句。
    await source.press("ArrowRight");
    await source.press("ArrowRight");
    await dialog.getByRole("textbox", { name: /^Translation/ }).evaluate((box: HTMLTextAreaElement) => box.setSelectionRange(16, 16));
    await dialog.getByRole("button", { name: "Split", exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(documentPage.row(1).locator(".segment-source")).toHaveText("第一句。");
    await expect(documentPage.row(2).locator(".segment-source")).toHaveText("第二句。");
    await expect(documentPage.target(1)).toHaveValue("First sentence.");
    await expect(documentPage.target(2)).toHaveValue("Second sentence.");
    await expect(documentPage.target(3)).toBeVisible();
    await expect(page.getByText("3 paragraphs · Simplified")).toBeVisible();
  });

  await test.step("the split is stored", async () => {
    await page.reload();
    await expect(documentPage.target(2)).toHaveValue("Second sentence.");
    await expect(documentPage.status(2)).toHaveValue("draft");
  });

  await test.step("join paragraph 1 with the next: sources run on, translations joined with a space", async () => {
    await page.getByRole("button", { name: "Join paragraph 1 with the next" }).click();
    await expect(documentPage.row(1).locator(".segment-source")).toHaveText("第一句。第二句。");
    await expect(documentPage.target(1)).toHaveValue("First sentence. Second sentence.");
    await expect(documentPage.row(2).locator(".segment-source")).toHaveText("最后一段。");
    await expect(documentPage.target(3)).toHaveCount(0);
    await page.reload();
    await expect(documentPage.target(1)).toHaveValue("First sentence. Second sentence.");
    await expect(documentPage.target(3)).toHaveCount(0);
  });

  await test.step("the history tells what happened", async () => {
    await page.getByRole("button", { name: "History of paragraph 1" }).click();
    const history = page.getByRole("dialog", { name: "History of paragraph 1" });
    await expect(history.getByRole("listitem").first()).toContainText("Joined");
    await expect(history.getByRole("listitem").filter({ hasText: "Split" }).first()).toBeVisible();
  });
});
