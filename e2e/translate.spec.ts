import { expect, test } from "./fixtures";

test("a translation is saved while typing and is there after a reload", async ({ documentPage, documentsPage, page, seedDocument }) => {
  const title = `Translate ${Date.now()}`;
  const id = seedDocument("危难之时显身手\n这是一场没有硝烟的战争。\n全员出击。", title);
  await documentPage.goto(id);
  await documentPage.expectSaved();

  await test.step("type: unsaved, then saved without leaving the box", async () => {
    await documentPage.target(2).pressSequentially("This is a war without gunsmoke.");
    await expect(documentPage.saveState).toHaveText(/Unsaved changes|Saving…|Saved/);
    await documentPage.expectSaved();
    await expect(documentPage.status(2)).toHaveValue("draft");
  });

  await test.step("mark it translated: progress moves", async () => {
    await documentPage.status(2).selectOption("translated");
    await documentPage.expectSaved();
    await expect(documentPage.progress).toHaveAttribute("aria-valuenow", "33");
  });

  await test.step("reload: the text and status are kept", async () => {
    await page.reload();
    await expect(documentPage.target(2)).toHaveValue("This is a war without gunsmoke.");
    await expect(documentPage.status(2)).toHaveValue("translated");
    await expect(documentPage.target(1)).toHaveValue("");
  });

  await test.step("the list shows the progress", async () => {
    await documentsPage.goto();
    await expect(documentsPage.row(title)).toContainText("33%");
  });
});

test("leaving the box saves at once", async ({ documentPage, page, seedDocument }) => {
  const id = seedDocument("第一段。\n第二段。");
  await documentPage.goto(id);
  await documentPage.target(1).fill("First paragraph.");
  await documentPage.target(2).focus();
  await documentPage.expectSaved();
  await page.reload();
  await expect(documentPage.target(1)).toHaveValue("First paragraph.");
});

test("going back to the list right after typing keeps the text", async ({ documentPage, page, seedDocument }) => {
  const id = seedDocument("第一段。");
  await documentPage.goto(id);
  await documentPage.target(1).pressSequentially("Typed just before leaving");
  await page.getByRole("link", { name: "All documents" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Documents" })).toBeVisible();
  await expect(async () => {
    await documentPage.goto(id);
    await expect(documentPage.target(1)).toHaveValue("Typed just before leaving", { timeout: 1000 });
  }).toPass();
});

test("an edit saved in another tab is never overwritten silently", async ({ browser, documentPage, seedDocument }) => {
  const id = seedDocument("同一段。");
  await documentPage.goto(id);
  const other = await browser.newContext({ locale: "en-US" });
  const otherPage = await other.newPage();
  await otherPage.goto(`/documents/${id}`);
  const otherTarget = otherPage.getByRole("textbox", { name: "Translation of paragraph 1" });
  // The second tab works on ¶1 meanwhile: a live update does not replace a paragraph with the cursor.
  await otherTarget.click();

  await test.step("the first tab saves", async () => {
    await documentPage.target(1).fill("The same paragraph (tab one).");
    await documentPage.target(1).blur();
    await documentPage.expectSaved();
  });

  await test.step("the second tab, based on the old text, is shown the conflict", async () => {
    await otherTarget.fill("Tab two's version.");
    await otherTarget.blur();
    const conflict = otherPage.getByRole("alert").filter({ hasText: "changed elsewhere" });
    await expect(conflict).toContainText("This paragraph was changed elsewhere.");
    await expect(conflict).toContainText("The same paragraph (tab one).");
    await expect(otherPage.getByRole("status")).toHaveText("A paragraph was changed elsewhere");
  });

  await test.step("tab one's text is still what is stored", async () => {
    await documentPage.page.reload();
    await expect(documentPage.target(1)).toHaveValue("The same paragraph (tab one).");
  });

  await test.step("the second tab chooses to keep its own text", async () => {
    await otherPage.getByRole("button", { name: "Keep my text" }).click();
    await expect(otherPage.getByRole("status")).toHaveText("Saved");
    await documentPage.page.reload();
    await expect(documentPage.target(1)).toHaveValue("Tab two's version.");
  });
  await other.close();
});
