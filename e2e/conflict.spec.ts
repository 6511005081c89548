import { expect, test } from "./fixtures";

test("two pages edit one paragraph: both texts shown, one chosen, the other kept in the history", async ({ browser, documentPage, seedDocument }) => {
  const id = seedDocument("同一段。\n另一段。");
  await documentPage.goto(id);
  const otherContext = await browser.newContext({ locale: "en-US" });
  const other = await otherContext.newPage();
  await other.goto(`/documents/${id}`);
  const otherTarget = other.getByRole("textbox", { name: "Translation of paragraph 1", exact: true });
  // The second page works on ¶1 meanwhile: a live update does not replace a paragraph with the cursor.
  await otherTarget.click();

  await test.step("the first page saves", async () => {
    await documentPage.target(1).fill("Text from page one.");
    await documentPage.target(1).blur();
    await documentPage.expectSaved();
  });

  await test.step("the second page's save is refused and both texts are shown side by side", async () => {
    await otherTarget.fill("Text from page two.");
    await otherTarget.blur();
    const conflict = other.getByRole("alert").filter({ hasText: "changed elsewhere" });
    await expect(conflict.getByRole("figure").filter({ hasText: "Your text" })).toContainText("Text from page two.");
    await expect(conflict.getByRole("figure").filter({ hasText: "Saved elsewhere" })).toContainText("Text from page one.");
    await expect(other.getByRole("status")).toHaveText("A paragraph was changed elsewhere");
  });

  await test.step("the second page takes the other text", async () => {
    await other.getByRole("button", { name: "Use their text" }).click();
    await expect(otherTarget).toHaveValue("Text from page one.");
    await expect(other.getByRole("status")).toHaveText("Saved");
  });

  await test.step("its own text is still in the paragraph's history and can be restored", async () => {
    await other.getByRole("button", { name: "History of paragraph 1" }).click();
    const history = other.getByRole("dialog", { name: "History of paragraph 1" });
    const refused = history.getByRole("listitem").filter({ hasText: "Text from page two." });
    await expect(refused).toContainText("Refused in a conflict");
    await expect(history.getByRole("listitem").filter({ hasText: "Text from page one." })).toContainText("Current text");
    await refused.getByRole("button", { name: "Restore" }).click();
    await expect(history).toBeHidden();
    await expect(otherTarget).toHaveValue("Text from page two.");
    await expect(other.getByRole("status")).toHaveText("Saved");
  });

  await test.step("the first page sees the restored text after a reload", async () => {
    await documentPage.page.reload();
    await expect(documentPage.target(1)).toHaveValue("Text from page two.");
  });
  await otherContext.close();
});

test("'Use their text' keeps what was typed after the conflict in the history", async ({ browser, documentPage, seedDocument }) => {
  const id = seedDocument("同一段。\n另一段。");
  await documentPage.goto(id);
  const otherContext = await browser.newContext({ locale: "en-US" });
  const other = await otherContext.newPage();
  await other.goto(`/documents/${id}`);
  const otherTarget = other.getByRole("textbox", { name: "Translation of paragraph 1", exact: true });
  const conflict = other.getByRole("alert").filter({ hasText: "changed elsewhere" });
  // Page B works on ¶1 meanwhile: a live update does not replace a paragraph with the cursor.
  await otherTarget.click();

  await test.step("page A saves ¶1", async () => {
    await documentPage.target(1).click();
    await documentPage.page.keyboard.type("Text from page A.");
    await documentPage.page.keyboard.press("Tab");
    await documentPage.expectSaved();
  });

  await test.step("page B saves ¶1 and gets the conflict", async () => {
    await otherTarget.click();
    await other.keyboard.type("Text from page B.");
    await other.keyboard.press("Tab");
    await expect(conflict.getByRole("figure").filter({ hasText: "Saved elsewhere" })).toContainText("Text from page A.");
  });

  await test.step("page B types more, and the panel's 'Your text' shows it", async () => {
    await otherTarget.click();
    await other.keyboard.press("Control+End");
    await other.keyboard.type(" Typed after the conflict.");
    await expect(conflict.getByRole("figure").filter({ hasText: "Your text" })).toContainText("Text from page B. Typed after the conflict.");
  });

  await test.step("page B uses their text: it is saved once the set-aside text is kept", async () => {
    await other.getByRole("button", { name: "Use their text" }).click();
    await expect(otherTarget).toHaveValue("Text from page A.");
    await expect(other.getByRole("status")).toHaveText("Saved");
  });

  await test.step("the history has page B's later text as refused", async () => {
    await other.getByRole("button", { name: "History of paragraph 1" }).click();
    const history = other.getByRole("dialog", { name: "History of paragraph 1" });
    await expect(history.getByRole("listitem").filter({ hasText: "Text from page B. Typed after the conflict." })).toContainText("Refused in a conflict");
    await expect(history.getByRole("listitem").filter({ hasText: "Text from page A." })).toContainText("Current text");
  });
  await otherContext.close();
});
