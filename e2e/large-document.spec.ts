import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

// The demo page repeated to 10,000 paragraphs: only the rows in view are rendered.
function tenThousandParagraphs(): string {
  const lines = readFileSync("samples/demo-forum-page.txt", "utf8").split(/\r?\n/).filter((line) => line.trim() !== "");
  return Array.from({ length: 10_000 }, (_, i) => `${i + 1}. ${lines[i % lines.length].trim()}`).join("\n");
}

// The page brings the first screen's paragraphs, and the rest follow in the same response: the box of
// paragraph 1 is typed into at once, and what is typed there stays when the rest arrives.
test("a document of 10,000 paragraphs opens, jumps and filters at once", async ({ documentPage, page, seedDocument }) => {
  test.setTimeout(90_000);
  const id = seedDocument(tenThousandParagraphs(), `Ten thousand ${Date.now()}`);

  await test.step("open: the first box takes typing, and only a few rows are in the page", async () => {
    await documentPage.goto(id);
    await documentPage.target(1).pressSequentially("One");
    await expect(page.getByText("10,000 paragraphs · Traditional")).toBeVisible();
    expect(await page.getByRole("textbox", { name: /^Translation of paragraph/ }).count()).toBeLessThan(40);
  });

  await test.step("jump to paragraph 9,999 and type there", async () => {
    await documentPage.jumpTo(9999);
    await page.keyboard.type("Near the end");
    await expect(documentPage.target(9999)).toHaveValue("Near the end");
    await documentPage.expectSaved();
  });

  await test.step("filter drafts: the two edited paragraphs", async () => {
    await documentPage.filter.selectOption("draft");
    await expect(page.getByText("2 paragraphs shown")).toBeVisible();
    await expect(documentPage.target(1)).toHaveValue("One");
    await expect(documentPage.target(9999)).toHaveValue("Near the end");
  });

  await test.step("a link to paragraph 9,999 opens the document there", async () => {
    const segmentId = await page.locator(".segment-row").filter({ has: documentPage.target(9999) }).getAttribute("data-segment-id");
    await page.goto(`/documents/${id}?segment=${segmentId}`);
    await expect(documentPage.target(9999)).toBeInViewport();
    await expect(documentPage.target(9999)).toHaveValue("Near the end");
    await expect(page.getByText("10,000 paragraphs · Traditional")).toBeVisible();
  });
});
