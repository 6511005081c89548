import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import type { Download, Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const read = async (download: Download) => readFileSync((await download.path())!);

/**
 * A click of the real mouse at the middle of an element, whether or not it is enabled, scrolled into the
 * window first as a user scrolls to it: a click at a point outside the window hits nothing.
 */
async function mouseClick(page: Page, element: Locator): Promise<void> {
  await element.scrollIntoViewIfNeeded();
  await expect(element).toBeInViewport({ ratio: 1 });
  const box = (await element.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

test("Export selected (zip) waits for a ticked document, and says every error in the page", async ({ documentsPage, page, seedDocument }) => {
  test.setTimeout(90_000); // a long journey: two documents imported, a second tab, four exports
  // A short window, as a long list makes it: the form starts below the fold, so every click on it
  // must scroll there first, as a user's does.
  await page.setViewportSize({ width: 1280, height: 380 });
  const first = `Ticked one ${Date.now()}`;
  const second = `Ticked two ${Date.now()}`;
  seedDocument("第一篇。", first);
  seedDocument("第二篇。", second);
  await documentsPage.goto();
  const form = page.getByRole("form", { name: "Export selected (zip)" });
  const button = form.getByRole("button", { name: "Export selected (zip)" });
  const tick = (title: string) => page.getByRole("checkbox", { name: `Select ${title}` });
  const alert = form.getByRole("alert");
  // Whatever happens, the tab stays on the documents page: never the route's raw JSON.
  const expectStillHere = async () => {
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1, name: "Documents" })).toBeVisible();
    await expect(page.locator("body")).not.toContainText('{"code"');
  };

  await test.step("nothing ticked: the button is disabled and says why; clicking it does nothing", async () => {
    await expect(button).not.toBeInViewport();
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription("Tick at least one document in the list to export it.");
    await expect(form.getByText("Tick at least one document in the list to export it.")).toBeVisible();
    await mouseClick(page, button);
    await page.keyboard.press("Enter");
    await expectStillHere();
    await expect(alert).toHaveCount(0);
  });

  await test.step("ticking enables it, with the count; unticking the last disables it again", async () => {
    await mouseClick(page, tick(first));
    await expect(tick(first)).toBeChecked();
    await expect(button).toBeEnabled();
    await expect(button).toHaveAccessibleDescription("1 document ticked");
    await mouseClick(page, tick(second));
    await expect(button).toHaveAccessibleDescription("2 documents ticked");
    await mouseClick(page, tick(second));
    await mouseClick(page, tick(first));
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription("Tick at least one document in the list to export it.");
  });

  await test.step("a ticked document deleted in another tab: the error is said here and the list updated", async () => {
    await mouseClick(page, tick(first));
    await mouseClick(page, tick(second));
    const other = await page.context().newPage();
    await other.goto("/");
    await other.getByRole("button", { name: `Delete “${second}”` }).click();
    await other.getByRole("dialog", { name: "Delete this document?" }).getByRole("button", { name: "Delete document" }).click();
    await expect(other.getByRole("rowheader", { name: second })).toHaveCount(0);
    await other.close();

    await mouseClick(page, button);
    await expect(alert).toHaveText(
      "A ticked document no longer exists (it may have been deleted elsewhere). The list is updated: tick the documents again and export.",
    );
    await expectStillHere();
    await expect(documentsPage.row(second)).toHaveCount(0);
    await expect(tick(first)).toBeChecked();
    await expect(button).toHaveAccessibleDescription("1 document ticked");
    // The list refreshed under it, and the message stays, where the user who clicked can read it.
    await expect(alert).toHaveText(/^A ticked document no longer exists/);
    await expect(alert).toBeInViewport();
  });

  await test.step("exporting again downloads the zip of what is ticked, and the error goes", async () => {
    await form.getByRole("combobox", { name: "Format" }).selectOption({ label: "TMX 1.4 (translation memory)" });
    const [download] = await Promise.all([page.waitForEvent("download"), mouseClick(page, button)]);
    expect(download.suggestedFilename()).toMatch(/^duizhao-tmx-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(Object.keys(unzipSync(new Uint8Array(await read(download))))).toEqual([`${first}.tmx`]);
    await expect(alert).toHaveCount(0);
    await expect(button).toBeEnabled();
    await expectStillHere();
  });

  await test.step("a server failure and a lost connection are said in the page too", async () => {
    await page.route("**/api/export?*", (route) => route.fulfill({ status: 500, contentType: "text/html", body: "<h1>Internal Server Error</h1>" }));
    await mouseClick(page, button);
    await expect(alert).toHaveText("The zip could not be downloaded. Something went wrong. Nothing was changed; please try again.");
    await expectStillHere();
    await page.unroute("**/api/export?*");

    await page.route("**/api/export?*", (route) => route.abort("connectionfailed"));
    await mouseClick(page, button);
    await expect(alert).toHaveText("The zip could not be downloaded: the connection to the server failed. Please try again.");
    await expectStillHere();
    await page.unroute("**/api/export?*");

    // Ticking another choice starts afresh.
    await mouseClick(page, tick(first));
    await expect(alert).toHaveCount(0);
    await expect(button).toBeDisabled();
  });
});
