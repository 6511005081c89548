import { expect, test } from "./fixtures";
import { shoot } from "./axe-check";
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

test("comments and a change after review made in one tab show in the other without a reload", async ({ documentPage, page, seedDocument }) => {
  const id = seedDocument("第一段。\n第二段。\n第三段。");
  await documentPage.goto(id);
  const other = new DocumentPage(await page.context().newPage());
  await other.goto(id);
  const badge = (n: number) => page.getByRole("button", { name: new RegExp(`^(Comments on paragraph ${n}|Paragraph ${n}: \\d+ (open|resolved) comment threads?)$`) });
  const dialogA = page.getByRole("dialog", { name: "Comments on paragraph 2" });
  const dialogB = other.page.getByRole("dialog", { name: "Comments on paragraph 2" });

  await test.step("tab A has ¶2's comments open when tab B comments on it: A's dialog and badge show the thread", async () => {
    await badge(2).click();
    await expect(dialogA.getByText("No comments on this paragraph yet.")).toBeVisible();
    await other.page.getByRole("button", { name: "Comments on paragraph 2" }).click();
    await dialogB.getByRole("combobox", { name: "Comment", exact: true }).click();
    await other.page.keyboard.type("Said in tab B.");
    await other.page.keyboard.press("Control+Enter");
    await expect(dialogB.getByText("Said in tab B.")).toBeVisible();
    await expect(dialogA.getByText("Said in tab B.")).toBeVisible({ timeout: 2_000 });
    await shoot(page, "live-comment-dialog-1280");
    await dialogA.getByRole("button", { name: "Close" }).click();
    await expect(badge(2)).toHaveAccessibleName("Paragraph 2: 1 open comment thread");
    await page.setViewportSize({ width: 390, height: 844 });
    await shoot(page, "live-comment-badge-390");
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await test.step("tab B resolves the thread, then reopens it: A's badge follows", async () => {
    await dialogB.getByRole("button", { name: "Resolve" }).click();
    await expect(badge(2)).toHaveAccessibleName("Paragraph 2: 1 resolved comment thread", { timeout: 2_000 });
    await dialogB.getByRole("button", { name: "Reopen" }).click();
    await expect(badge(2)).toHaveAccessibleName("Paragraph 2: 1 open comment thread", { timeout: 2_000 });
    await other.page.keyboard.press("Escape");
  });

  await test.step("tab B reviews ¶1, then changes its text: A shows the status and the change after review", async () => {
    await other.target(1).click();
    await other.page.keyboard.type("Reviewed in tab B.");
    await other.status(1).selectOption("reviewed");
    await other.expectSaved();
    await expect(documentPage.status(1)).toHaveValue("reviewed", { timeout: 2_000 });
    await other.target(1).click();
    await other.page.keyboard.press("End");
    await other.page.keyboard.type(" Changed.");
    await other.page.keyboard.press("Tab");
    await other.expectSaved();
    await expect(documentPage.status(1)).toHaveValue("translated", { timeout: 2_000 });
    await expect(documentPage.row(1).locator(".review-change")).toContainText("Changed after review", { timeout: 2_000 });
    await shoot(page, "live-review-change-1280");
  });
  await other.page.close();
});
