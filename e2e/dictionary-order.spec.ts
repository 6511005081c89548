import { expect, test } from "./fixtures";

test("the dictionary card shows a character's common sense first, its surname last", async ({ documentPage, seedDocument }, testInfo) => {
  const id = seedDocument("新。\n另一段。");
  await documentPage.goto(id);
  const page = documentPage.page;

  await test.step("rest the pointer on 新", async () => {
    const box = await page.getByLabel(/^Source of paragraph 1\b/).boundingBox();
    if (!box) throw new Error("paragraph 1 has no source on screen");
    await page.mouse.move(box.x + 6, box.y + box.height / 2);
  });

  await test.step("the card reads “new” before “surname Xin”", async () => {
    const card = page.getByRole("tooltip", { name: "Dictionary" });
    await expect(card.getByRole("term").first()).toContainText("xīn");
    await expect(card.getByRole("definition").first()).toHaveText(/^new; newly/);
    await expect(card.getByRole("term").last()).toContainText("Xīn");
    await expect(card.getByRole("definition").last()).toHaveText(/surname Xin$/);
    await page.screenshot({ path: testInfo.outputPath("dictionary-card.png") });
  });
});
