import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DocumentPage } from "./pages/document-page";

/** Playwright lets every page act as focused; without that, bringing a page to the front moves the browser's real focus. */
async function useRealFocus(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send("Emulation.setFocusEmulationEnabled", { enabled: false });
}

test("a page brought back to the front shows texts saved elsewhere, but not in the paragraphs it is working on", async ({ documentPage, page, seedDocument }) => {
  const id = seedDocument("第一段。\n第二段。\n第三段。");
  await documentPage.goto(id);
  // Focus moves between the pages of one browser window, i.e. of one context.
  const other = new DocumentPage(await page.context().newPage());
  await other.goto(id);
  await useRealFocus(page);
  await useRealFocus(other.page);
  let isOffline = true;
  await page.route(`**/documents/${id}`, (route) => (isOffline && route.request().method() === "POST" ? route.abort("internetdisconnected") : route.fallback()));

  await test.step("page A types in ¶3 (its save cannot get through) and puts the cursor in ¶2", async () => {
    await page.bringToFront();
    await documentPage.target(3).click();
    await page.keyboard.type("Page A, not yet saved");
    await documentPage.target(2).click();
    await expect(documentPage.saveState).toHaveText("Offline — changes kept, retrying");
  });

  await test.step("page B saves ¶1, ¶2 and ¶3", async () => {
    await other.page.bringToFront();
    for (const [n, text] of [[1, "Saved by page B"], [2, "Page B's second"], [3, "Page B's third"]] as const) {
      await other.target(n).click();
      await other.page.keyboard.type(text);
    }
    await other.page.keyboard.press("Tab");
    await other.expectSaved();
  });

  await test.step("page A comes to the front: ¶1 shows page B's text without a reload; ¶2 and ¶3 keep theirs", async () => {
    await page.bringToFront();
    await expect(documentPage.target(1)).toHaveValue("Saved by page B");
    await expect(documentPage.target(2)).toBeFocused();
    await expect(documentPage.target(2)).toHaveValue("");
    await expect(documentPage.target(3)).toHaveValue("Page A, not yet saved");
  });

  await test.step("page A's next saves of ¶2 and ¶3 conflict as before, with both texts shown", async () => {
    isOffline = false;
    await page.keyboard.type("Page A's second");
    await page.keyboard.press("Tab");
    await expect(documentPage.row(2).getByRole("alert").getByRole("figure").filter({ hasText: "Saved elsewhere" })).toContainText("Page B's second");
    await expect(documentPage.row(3).getByRole("alert").getByRole("figure").filter({ hasText: "Saved elsewhere" })).toContainText("Page B's third");
  });
  await other.page.close();
});
