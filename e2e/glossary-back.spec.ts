import { expect, test } from "./fixtures";

test("the glossary opened from a document links back to it, also after a search; only a real document is linked", async ({ documentPage, page, seedDocument }) => {
  const title = `Back <b>link</b> & “title” ${Date.now()}`;
  const id = seedDocument("回到文件。", title);
  await documentPage.goto(id);
  const back = page.getByRole("link", { name: `← Back to ${title}` });

  await test.step("the document's Glossary link opens the glossary with a link back", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Glossary", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/glossary\\?from=${id}$`));
    await expect(page.getByRole("heading", { level: 1, name: "Glossary" })).toBeVisible();
    await expect(back).toBeVisible();
    await expect(back).toHaveAttribute("href", `/documents/${id}`);
  });

  await test.step("a search keeps the link back", async () => {
    const search = page.getByRole("searchbox", { name: "Search terms" });
    await search.click();
    await page.keyboard.type("回到");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/glossary\\?q=%E5%9B%9E%E5%88%B0&from=${id}$`));
    await expect(back).toBeVisible();
  });

  await test.step("the link goes back to the document", async () => {
    await back.click();
    await expect(page).toHaveURL(new RegExp(`/documents/${id}$`));
    await expect(documentPage.target(1)).toBeVisible();
  });

  await test.step("an id without a document, or not an id, gives no link back: only the way to all documents", async () => {
    for (const from of ["999999999", "0", "-1", `${id}abc`, "1e1", "javascript:alert(1)", encodeURIComponent("<script>x</script>")]) {
      await page.goto(`/glossary?from=${from}`);
      await expect(page.getByRole("heading", { level: 1, name: "Glossary" })).toBeVisible();
      await expect(page.getByRole("link", { name: /^← Back to/ })).toHaveCount(0);
      await expect(page.getByRole("link", { name: "← All documents" })).toHaveAttribute("href", "/");
      await expect(page.locator("body")).not.toContainText("<script>");
    }
  });
});
