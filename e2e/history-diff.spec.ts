import { expect, test } from "./fixtures";

test("the history marks the words each save added and removed", async ({ documentPage, seedDocument }, testInfo) => {
  const id = seedDocument("古老的城牆。\n另一段。");
  await documentPage.goto(id);
  const page = documentPage.page;
  const target = documentPage.target(1);

  await test.step("type a first translation and save it", async () => {
    await target.click();
    await page.keyboard.type("The old city walls.");
    await page.keyboard.press("Tab");
    await documentPage.expectSaved();
  });

  await test.step("replace one word and add another, and save again", async () => {
    await target.click();
    await page.keyboard.press("Control+Home");
    for (let i = 0; i < "The ".length; i++) await page.keyboard.press("ArrowRight");
    for (let i = 0; i < "old".length; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.type("ancient");
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.type(" fell");
    await page.keyboard.press("Tab");
    await documentPage.expectSaved();
    await expect(target).toHaveValue("The ancient city walls fell.");
  });

  await test.step("the history shows what the last save changed", async () => {
    await page.getByRole("button", { name: "History of paragraph 1" }).click();
    const history = page.getByRole("dialog", { name: "History of paragraph 1" });
    const newest = history.getByRole("listitem").first();
    await expect(newest).toContainText("Current text");
    await expect(newest.getByRole("deletion")).toHaveText(["old"]);
    await expect(newest.getByRole("insertion")).toHaveText(["ancient", "fell"]);
    await expect(newest.getByRole("deletion")).toHaveCSS("text-decoration-line", "line-through");
    await expect(newest.getByRole("insertion").first()).toHaveCSS("text-decoration-line", "underline");
    // The first save has nothing before it: plain text, nothing marked.
    const oldest = history.getByRole("listitem").last();
    await expect(oldest).toContainText("The old city walls.");
    await expect(oldest.getByRole("insertion")).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath("history-diff.png") });
  });
});
