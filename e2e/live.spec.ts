import { expect, test } from "./fixtures";
import { DocumentPage } from "./pages/document-page";

// Live editing in local mode: two tabs of one document on one server (SQLite, the in-process bus).

test("a translation saved in one tab appears in the other within 2 s, which says it changed elsewhere; a paragraph with the cursor keeps its text and conflicts", async ({ documentPage, page, seedDocument }) => {
  const id = seedDocument("第一段。\n第二段。\n第三段。");
  await documentPage.goto(id);
  const other = new DocumentPage(await page.context().newPage());
  await other.goto(id);

  await test.step("tab B saves ¶2: tab A shows it without a reload, marked as changed elsewhere", async () => {
    await other.target(2).click();
    await other.page.keyboard.type("Saved in tab B.");
    await other.page.keyboard.press("Control+Enter");
    await other.expectSaved();
    await expect(documentPage.target(2)).toHaveValue("Saved in tab B.", { timeout: 2_000 });
    await expect(documentPage.row(2).locator(".changed-by")).toHaveText("Changed in another window");
    await expect(documentPage.row(2).getByRole("combobox")).toHaveValue("translated");
    // Local mode has one person: nobody else is shown.
    await expect(page.locator(".people-here")).toHaveCount(0);
  });

  await test.step("tab A has the cursor in ¶3 when tab B saves it: A keeps its text; A's own save then meets the conflict", async () => {
    await documentPage.target(3).click();
    await other.target(3).click();
    await other.page.keyboard.type("Tab B's third.");
    await other.page.keyboard.press("Tab");
    await other.expectSaved();
    await expect(documentPage.row(3).locator(".changed-by")).toHaveText("Changed in another window");
    await expect(documentPage.target(3)).toHaveValue("");
    await expect(documentPage.target(3)).toBeFocused();
    await page.keyboard.type("Tab A's third.");
    await page.keyboard.press("Tab");
    const conflict = page.getByRole("alert").filter({ hasText: "changed elsewhere" });
    await expect(conflict.getByRole("figure").filter({ hasText: "Saved elsewhere" })).toContainText("Tab B's third.");
    await expect(conflict.getByRole("figure").filter({ hasText: "Your text" })).toContainText("Tab A's third.");
  });

  await test.step("tab B joins ¶1 and ¶2: tab A offers a reload, which shows the joined paragraph", async () => {
    await other.page.getByRole("button", { name: "Join paragraph 1 with the next" }).click();
    await expect(other.page.locator(".segment-row")).toHaveCount(2);
    const offer = page.locator(".restructured");
    await expect(offer).toContainText("split, joined");
    await offer.getByRole("button", { name: "Reload" }).click();
    await expect(page.locator(".segment-row")).toHaveCount(2);
  });
  await other.page.close();
});
