import { expect, test } from "./fixtures";

test("adding terms: each is confirmed and the form starts empty again; a deletion meanwhile keeps what is being typed", async ({ page }) => {
  const tag = `添${Date.now()}`;
  await page.goto(`/glossary?q=${encodeURIComponent(tag)}`);
  const chinese = page.getByRole("textbox", { name: "Chinese" });
  const english = page.getByRole("textbox", { name: "English" });

  await test.step("two terms added with the keyboard, each confirmed, the form emptied after each", async () => {
    for (const [source, target] of [[`${tag}甲`, "first"], [`${tag}乙`, "second"]]) {
      await chinese.click();
      await page.keyboard.type(source);
      await english.click();
      await page.keyboard.type(target);
      await page.keyboard.press("Enter");
      await expect(page.getByText(`${source} was added.`)).toBeVisible();
      await expect(page.getByRole("cell", { name: target, exact: true })).toBeVisible();
      await expect(chinese).toHaveValue("");
      await expect(english).toHaveValue("");
    }
  });

  await test.step("half-typed, a term deleted with the mouse: the list loses it, the form keeps the text", async () => {
    await chinese.click();
    await page.keyboard.type(`${tag}丙`);
    await english.click();
    await page.keyboard.type("thi");
    await page.getByRole("button", { name: `Delete ${tag}甲` }).click();
    await expect(page.getByRole("cell", { name: "first", exact: true })).toBeHidden();
    await expect(chinese).toHaveValue(`${tag}丙`);
    await expect(english).toHaveValue("thi");
    await english.click();
    await page.keyboard.press("End");
    await page.keyboard.type("rd");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("cell", { name: "third", exact: true })).toBeVisible();
    await expect(chinese).toHaveValue("");
  });
});
