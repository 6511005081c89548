import { expect, test } from "./fixtures";

test("every keyboard shortcut, and the list of them", async ({ documentPage, page, seedDocument }) => {
  const id = seedDocument("第一段。\n第二段。\n第三段。\n第四段。");
  await documentPage.goto(id);
  const mod = process.platform === "darwin" ? "Meta" : "Control";

  await test.step("? opens the shortcuts list (outside a text box)", async () => {
    await page.getByRole("heading", { level: 1 }).click();
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(dialog).toContainText("Mark translated and go to the next untranslated paragraph");
    await expect(dialog).toContainText("Copy the source into the translation");
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step("Ctrl+Shift+S copies the source; ? types itself in a text box", async () => {
    await documentPage.target(1).click();
    await page.keyboard.press(`${mod}+Shift+S`);
    await expect(documentPage.target(1)).toHaveValue("第一段。");
    await page.keyboard.type(" ?");
    await expect(documentPage.target(1)).toHaveValue("第一段。 ?");
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });

  await test.step("Ctrl+Z and Ctrl+Y undo and redo within the box", async () => {
    await page.keyboard.press(`${mod}+z`);
    await expect(documentPage.target(1)).toHaveValue("第一段。");
    await page.keyboard.press(`${mod}+z`);
    await expect(documentPage.target(1)).toHaveValue("");
    await page.keyboard.press(`${mod}+y`);
    await expect(documentPage.target(1)).toHaveValue("第一段。");
    await documentPage.target(1).fill("The first paragraph.");
  });

  await test.step("Ctrl+Enter marks translated and moves to the next untranslated paragraph", async () => {
    await documentPage.target(2).fill("Already a draft.");
    await documentPage.target(1).focus();
    await page.keyboard.press(`${mod}+Enter`);
    await expect(documentPage.status(1)).toHaveValue("translated");
    await expect(documentPage.target(3)).toBeFocused();
  });

  await test.step("Alt+↑ and Alt+↓ move between paragraphs", async () => {
    await page.keyboard.press("Alt+ArrowUp");
    await expect(documentPage.target(2)).toBeFocused();
    await page.keyboard.press("Alt+ArrowDown");
    await page.keyboard.press("Alt+ArrowDown");
    await expect(documentPage.target(4)).toBeFocused();
    await page.keyboard.press("Alt+ArrowUp");
    await page.keyboard.press("Alt+ArrowUp");
    await expect(documentPage.target(2)).toBeFocused();
  });

  await test.step("Ctrl+Shift+Enter marks reviewed and moves on", async () => {
    await page.keyboard.press(`${mod}+Shift+Enter`);
    await expect(documentPage.status(2)).toHaveValue("reviewed");
    await expect(documentPage.target(3)).toBeFocused();
  });

  await test.step("all of it is saved", async () => {
    await documentPage.expectSaved();
    await expect(documentPage.progress).toHaveAttribute("aria-valuenow", "50");
    await page.reload();
    await expect(documentPage.status(1)).toHaveValue("translated");
    await expect(documentPage.status(2)).toHaveValue("reviewed");
    await expect(documentPage.target(1)).toHaveValue("The first paragraph.");
  });
});
