import { expect, test } from "./fixtures";

// A dialog taller than a phone's window opens at its top: the heading and the buttons stay in view and
// the body between them scrolls (the shortcuts list used to open scrolled down to its Close button).

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test("on a phone the shortcuts dialog opens at its top; its list scrolls between the fixed heading and Close", async ({ page, documentPage }) => {
  await documentPage.goto(1);
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  const heading = dialog.getByRole("heading", { name: "Keyboard shortcuts" });
  const close = dialog.getByRole("button", { name: "Close" });
  const shortcuts = dialog.locator(".shortcut-list dt");
  await expect(dialog).toBeVisible();

  await expect(heading, "the heading is shown").toBeInViewport({ ratio: 1 });
  await expect(shortcuts.first(), "the list starts at its first shortcut").toBeInViewport({ ratio: 1 });
  await expect(close, "Close is shown").toBeInViewport({ ratio: 1 });
  await expect(shortcuts.last(), "the list is longer than the window").not.toBeInViewport();

  // The mouse wheel over the list scrolls the list, not the heading or the button row away.
  const first = await shortcuts.first().boundingBox();
  await page.mouse.move(first!.x + 10, first!.y + 10);
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 400);
  await expect(shortcuts.last(), "the end of the list is reached").toBeInViewport({ ratio: 1 });
  await expect(heading, "the heading stays").toBeInViewport({ ratio: 1 });
  await expect(close, "Close stays").toBeInViewport({ ratio: 1 });
  await expect(shortcuts.first(), "the list scrolled").not.toBeInViewport();

  await close.click();
  await expect(dialog).toBeHidden();
});
