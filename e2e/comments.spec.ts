import { expect, test } from "./fixtures";
import { expectNoSeriousAxeViolation, shoot } from "./axe-check";

// Local mode: a comment thread on a paragraph (badge, reply, resolve, reopen), the open threads list and
// the activity, with the real mouse and keyboard; axe at 1280 and 390 px.

const TEXT = "第一段。\n第二段有一個問題。\n第三段。";

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`comments on a paragraph, the open threads list and the activity (${viewport.width} px)`, async ({ page, documentPage, seedDocument }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    const id = seedDocument(TEXT);
    await documentPage.goto(id);
    const badge = (n: number) => page.getByRole("button", { name: new RegExp(`^(Comments on paragraph ${n}|Paragraph ${n}: \\d+ (open|resolved) comment threads?)$`) });

    await test.step("a new thread from the paragraph's badge", async () => {
      await badge(2).click();
      const dialog = page.getByRole("dialog", { name: "Comments on paragraph 2" });
      await expect(dialog.getByText("No comments on this paragraph yet.")).toBeVisible();
      await dialog.getByRole("button", { name: "Comment", exact: true }).click();
      await expect(dialog.getByRole("alert")).toHaveText("Write something first: a comment cannot be empty.");
      await dialog.getByRole("combobox", { name: "Comment", exact: true }).click();
      await page.keyboard.type("Is 問題 a question or a problem here? <b>not bold</b>");
      await page.keyboard.press("Control+Enter");
      await expect(dialog.getByText("Is 問題 a question or a problem here? <b>not bold</b>")).toBeVisible();
      await expect(dialog.locator("b")).toHaveCount(0);
      await expect(dialog.getByText("You", { exact: true })).toBeVisible();
      await expectNoSeriousAxeViolation(page, `comments dialog ${viewport.width}`);
      await shoot(page, `comments-dialog-${viewport.width}`);
    });

    await test.step("a reply, then resolve and reopen", async () => {
      const dialog = page.getByRole("dialog", { name: "Comments on paragraph 2" });
      await dialog.getByRole("combobox", { name: "Reply to this thread" }).click();
      await page.keyboard.type("A problem.");
      await dialog.getByRole("button", { name: "Reply", exact: true }).click();
      await expect(dialog.getByText("A problem.")).toBeVisible();
      await dialog.locator(".comment").filter({ hasText: "A problem." }).getByRole("button", { name: "Edit" }).click();
      const edit = dialog.getByRole("combobox", { name: "Edit your comment" });
      await expect(edit).toBeFocused();
      await page.keyboard.press("Control+End");
      await page.keyboard.type(" A real one.");
      await dialog.getByRole("button", { name: "Save" }).click();
      await expect(dialog.locator(".comment").filter({ hasText: "A problem. A real one." })).toContainText("edited");
      await dialog.getByRole("combobox", { name: "Reply to this thread" }).click();
      await page.keyboard.type("To be deleted.");
      await page.keyboard.press("Control+Enter");
      await dialog.locator(".comment").filter({ hasText: "To be deleted." }).getByRole("button", { name: "Delete" }).click();
      await expect(dialog.getByText("To be deleted.")).toHaveCount(0);
      await dialog.getByRole("button", { name: "Resolve" }).click();
      await expect(dialog.getByRole("heading", { name: "Resolved" })).toBeVisible();
      await dialog.getByRole("button", { name: "Close" }).click();
      await expect(badge(2)).toHaveAccessibleName("Paragraph 2: 1 resolved comment thread");
      await badge(2).click();
      await dialog.getByRole("button", { name: "Reopen" }).click();
      await expect(dialog.getByRole("heading", { name: "Open" })).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(badge(2)).toHaveAccessibleName("Paragraph 2: 1 open comment thread");
      await expect(badge(1)).toHaveAccessibleName("Comments on paragraph 1");
      await shoot(page, `editor-badges-${viewport.width}`);
    });

    await test.step("the open threads list leads to the paragraph", async () => {
      await documentPage.target(1).click();
      await page.keyboard.type("The first paragraph.");
      await documentPage.expectSaved();
      await page.getByRole("link", { name: "Open comments" }).click();
      await expect(page.getByRole("heading", { level: 1, name: /^Open comments: / })).toBeVisible();
      await expect(page.getByText("A problem. A real one.")).toBeVisible();
      await expectNoSeriousAxeViolation(page, `open comments ${viewport.width}`);
      await shoot(page, `open-comments-${viewport.width}`);
      await page.getByRole("link", { name: "Go to ¶2" }).click();
      await expect(page).toHaveURL(new RegExp(`/documents/${id}\\?segment=\\d+$`));
      await expect(documentPage.target(2)).toBeVisible();
    });

    await test.step("the activity shows the edit and the comments", async () => {
      await page.goto(`/documents/${id}/activity`);
      const items = page.locator(".activity-item");
      await expect(items.filter({ hasText: "saved ¶1 (Draft)" })).toContainText("The first paragraph.");
      await expect(items.filter({ hasText: "commented on ¶2" })).toHaveCount(2);
      await page.getByLabel("Kind").selectOption("comment");
      await page.getByRole("button", { name: "Show" }).click();
      await expect(page).toHaveURL(/kind=comment/);
      await expect(items).toHaveCount(2);
      await expectNoSeriousAxeViolation(page, `activity ${viewport.width}`);
      await shoot(page, `activity-${viewport.width}`);
    });
  });
}

test.describe("Chinese UI", () => {
  test.use({ locale: "zh-CN" });

  test("the badge, the thread and the refusal of an over-long comment speak Chinese", async ({ page, seedDocument }) => {
    const id = seedDocument(TEXT);
    await page.goto(`/documents/${id}`);
    await page.getByRole("button", { name: "第 1 段的评论" }).click();
    const dialog = page.getByRole("dialog", { name: "第 1 段的评论" });
    await dialog.getByRole("combobox", { name: "评论", exact: true }).click();
    await page.keyboard.insertText("长".repeat(4001));
    await expect(dialog.getByText("还可输入 -1 个字符")).toBeVisible();
    await dialog.getByRole("button", { name: "发表评论" }).click();
    await expect(dialog.getByRole("alert")).toHaveText("评论最多 4000 个字符。请缩短，或分成两条评论。");
    await dialog.getByRole("combobox", { name: "评论", exact: true }).click();
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Backspace");
    await dialog.getByRole("button", { name: "发表评论" }).click();
    await expect(dialog.getByRole("heading", { name: "未解决" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("button", { name: "第 1 段：1 个未解决的评论串" })).toBeVisible();
    await expectNoSeriousAxeViolation(page, "editor with a comment badge, Chinese UI");
    await page.getByRole("button", { name: "第 1 段：1 个未解决的评论串" }).click();
    await shoot(page, "comments-dialog-zh-CN-1280");
  });
});
