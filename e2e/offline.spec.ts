import { expect, test } from "./fixtures";
import { DocumentPage } from "./pages/document-page";

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

test("offline in two tabs: both texts of one paragraph survive both tabs being closed", async ({ context, seedDocument }) => {
  const id = seedDocument("第一段。\n第二段。");
  const tabA = new DocumentPage(await context.newPage());
  const tabB = new DocumentPage(await context.newPage());
  await tabA.goto(id);
  await tabB.goto(id);
  // The browser's own offline mode: even the saves sent while a tab closes fail at once, as with the server down.
  await context.setOffline(true);

  await test.step("with the server out of reach, tab A and then tab B type in ¶1", async () => {
    for (const [tab, text] of [[tabA, "Typed in tab A"], [tabB, "Typed in tab B"]] as const) {
      await tab.page.bringToFront();
      await tab.target(1).click();
      await tab.page.keyboard.type(text);
      await expect(tab.saveState).toHaveText("Offline — changes kept, retrying");
    }
  });

  await test.step("both tabs are closed; the server is back", async () => {
    await tabA.page.close();
    await tabB.page.close();
    await context.setOffline(false);
  });

  const tabC = new DocumentPage(await context.newPage());
  await test.step("a new tab sends both, oldest first: tab A's is saved, tab B's is shown beside it", async () => {
    await tabC.goto(id);
    const conflict = tabC.row(1).getByRole("alert");
    await expect(conflict.getByRole("figure").filter({ hasText: "Saved elsewhere" })).toContainText("Typed in tab A");
    await expect(conflict.getByRole("figure").filter({ hasText: "Your text" })).toContainText("Typed in tab B");
    await expect(tabC.saveState).toHaveText("A paragraph was changed elsewhere");
  });

  await test.step("the history has both: tab A's as the current text, tab B's as refused", async () => {
    await tabC.page.getByRole("button", { name: "History of paragraph 1" }).click();
    const history = tabC.page.getByRole("dialog", { name: "History of paragraph 1" });
    await expect(history.getByRole("listitem").filter({ hasText: "Typed in tab A" })).toContainText("Current text");
    await expect(history.getByRole("listitem").filter({ hasText: "Typed in tab B" })).toContainText("Refused in a conflict");
  });
});

test("a tab closed while offline leaves its text to a tab still open, which saves it once the server is back", async ({ context, seedDocument }) => {
  const id = seedDocument("第一段。\n第二段。");
  const open = new DocumentPage(await context.newPage());
  const closing = new DocumentPage(await context.newPage());
  await open.goto(id);
  await closing.goto(id);
  await context.setOffline(true);

  await test.step("offline, the second tab types in ¶2 and is closed", async () => {
    await closing.page.bringToFront();
    await closing.target(2).click();
    await closing.page.keyboard.type("Typed in the closed tab");
    await expect(closing.saveState).toHaveText("Offline — changes kept, retrying");
    await closing.page.close();
  });

  await test.step("the tab still open takes the text over and saves it when the server is back", async () => {
    await open.page.bringToFront();
    await expect(open.target(2)).toHaveValue("Typed in the closed tab");
    await context.setOffline(false);
    await open.expectSaved();
  });

  await test.step("a fresh browser sees it", async () => {
    const other = await context.browser()!.newContext({ locale: "en-US" });
    const fresh = await other.newPage();
    await fresh.goto(`/documents/${id}`);
    await expect(fresh.getByRole("textbox", { name: "Translation of paragraph 2" })).toHaveValue("Typed in the closed tab");
    await other.close();
  });
});

// The page brings the first screen's paragraphs and the rest after them: a text kept offline in a
// paragraph far below is given back to it whether the rest or the kept text comes first.
test("offline: a text typed far down a long document survives a reload and is saved when the server is back", async ({ documentPage, page, seedDocument }) => {
  const id = seedDocument(Array.from({ length: 200 }, (_, i) => `第${i + 1}段。`).join("\n"));
  await documentPage.goto(id);
  let isOffline = true;
  await page.route(`**/documents/${id}`, (route) => (isOffline && isSave(route.request().method()) ? route.abort("internetdisconnected") : route.fallback()));

  await documentPage.jumpTo(180);
  await page.keyboard.type("Far down, offline");
  await documentPage.target(180).blur();
  await expect(documentPage.saveState).toHaveText("Offline — changes kept, retrying");

  await page.reload();
  await documentPage.jumpTo(180);
  await expect(documentPage.target(180)).toHaveValue("Far down, offline");
  await expect(documentPage.saveState).toHaveText("Offline — changes kept, retrying");

  isOffline = false;
  await documentPage.expectSaved();
  const other = await page.context().browser()!.newContext({ locale: "en-US" });
  const fresh = new DocumentPage(await other.newPage());
  await fresh.goto(id);
  await fresh.jumpTo(180);
  await expect(fresh.target(180)).toHaveValue("Far down, offline");
  await other.close();
});
