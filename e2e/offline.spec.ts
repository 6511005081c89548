import { expect, test } from "./fixtures";

// Server actions are POSTs to the page's own URL; blocking them is the server being out of reach.
const isSave = (method: string) => method === "POST";

test("offline: typing goes on, the text survives a reload, and is saved when the server is back", async ({ documentPage, page, seedDocument }) => {
  const id = seedDocument("第一段。\n第二段。");
  await documentPage.goto(id);
  let isOffline = true;
  await page.route(`**/documents/${id}`, (route) => (isOffline && isSave(route.request().method()) ? route.abort("internetdisconnected") : route.fallback()));

  await test.step("type while the server cannot be reached: the state says offline", async () => {
    await documentPage.target(1).pressSequentially("Typed offline");
    await expect(documentPage.saveState).toHaveText("Offline — changes kept, retrying");
    await documentPage.target(1).pressSequentially(", and more");
    await documentPage.target(2).fill("Second, offline too");
    await documentPage.target(2).blur();
    await expect(documentPage.saveState).toHaveText("Offline — changes kept, retrying");
  });

  await test.step("reload while still offline: the texts are kept in the browser", async () => {
    await page.reload();
    await expect(documentPage.target(1)).toHaveValue("Typed offline, and more");
    await expect(documentPage.target(2)).toHaveValue("Second, offline too");
    await expect(documentPage.saveState).toHaveText("Offline — changes kept, retrying");
  });

  await test.step("the server is back: everything is saved", async () => {
    isOffline = false;
    await documentPage.expectSaved();
  });

  await test.step("nothing was lost: a fresh browser sees both texts", async () => {
    const other = await page.context().browser()!.newContext({ locale: "en-US" });
    const fresh = await other.newPage();
    await fresh.goto(`/documents/${id}`);
    await expect(fresh.getByRole("textbox", { name: "Translation of paragraph 1" })).toHaveValue("Typed offline, and more");
    await expect(fresh.getByRole("textbox", { name: "Translation of paragraph 2" })).toHaveValue("Second, offline too");
    await other.close();
  });
});
