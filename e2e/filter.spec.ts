import { expect, test } from "./fixtures";

test("filter by status, find across scripts, jump to a paragraph", async ({ documentPage, page, seedDocument }) => {
  const id = seedDocument("隨州市城管。\n第二段。\n第三段在随州。\n第四段。");
  await documentPage.goto(id);

  await test.step("translate two paragraphs", async () => {
    await documentPage.target(2).fill("Second.");
    await documentPage.target(4).fill("Fourth.");
    await documentPage.status(4).selectOption("translated");
    await documentPage.expectSaved();
  });

  await test.step("untranslated shows only paragraphs 1 and 3, and one being translated stays until the filter changes", async () => {
    await documentPage.filter.selectOption("untranslated");
    await expect(page.getByText("2 paragraphs shown")).toBeVisible();
    await expect(documentPage.target(1)).toBeVisible();
    await expect(documentPage.target(2)).toHaveCount(0);
    await expect(documentPage.target(3)).toBeVisible();
    await documentPage.target(1).fill("First.");
    await expect(documentPage.target(1)).toBeVisible();
  });

  await test.step("draft, then translated", async () => {
    await documentPage.filter.selectOption("draft");
    await expect(documentPage.target(1)).toBeVisible();
    await expect(documentPage.target(2)).toBeVisible();
    await expect(documentPage.target(3)).toHaveCount(0);
    await documentPage.filter.selectOption("translated");
    await expect(page.getByText("1 paragraph shown")).toBeVisible();
    await expect(documentPage.target(4)).toBeVisible();
  });

  await test.step("find 随州 finds 隨州 too, and finds in translations", async () => {
    await documentPage.filter.selectOption("all");
    await documentPage.find.fill("随州");
    await expect(page.getByText("2 paragraphs shown")).toBeVisible();
    await expect(documentPage.row(1).locator("mark.find-match")).toHaveText("隨州");
    await expect(documentPage.row(3).locator("mark.find-match")).toHaveText("随州");
    await documentPage.find.fill("FOURTH");
    await expect(page.getByText("1 paragraph shown")).toBeVisible();
    await expect(documentPage.target(4)).toBeVisible();
  });

  await test.step("jumping to a paragraph outside the filter shows all again", async () => {
    await documentPage.jumpTo(2);
    await expect(documentPage.find).toHaveValue("");
    await expect(documentPage.filter).toHaveValue("all");
  });
});
