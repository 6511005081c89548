import { tmxOfPairs } from "@/lib/core/memory/tmx-of-pairs";
import { expect, test } from "./fixtures";

const TRANSLATION = "The Suizhou urban management bureau issued a notice today.";

test("translation memory: matches across scripts with differences, Ctrl+1 inserts, concordance, TMX import, pre-translate", async ({ page, documentPage, seedDocument }, testInfo) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const sourceTitle = `Traditional notice ${stamp}`;
  const first = seedDocument("隨州市城管執法局今天發佈通告。\n市民可以撥打熱線電話諮詢。", sourceTitle);
  const second = seedDocument("随州市城管执法局今天发布通告。\n随州市城管执法局昨天发布通告。\n黄石港区明天停水。", `Simplified notice ${stamp}`);
  const dock = page.getByRole("region", { name: "Translation memory" });
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: false });

  await test.step("translate a paragraph in one document", async () => {
    await documentPage.goto(first);
    await documentPage.target(1).fill(TRANSLATION);
    await documentPage.target(1).press("Control+Enter");
    await documentPage.expectSaved();
  });

  await test.step("the same paragraph in the other script: a 100% match from that document", async () => {
    await documentPage.goto(second);
    await documentPage.target(1).click();
    const matches = dock.getByRole("list", { name: "Memory matches for paragraph 1" });
    await expect(matches.getByRole("listitem")).toHaveCount(1);
    await expect(matches.getByRole("listitem").first()).toContainText("100%");
    await expect(matches.getByRole("listitem").first()).toContainText(TRANSLATION);
    await expect(matches.getByRole("link", { name: `${sourceTitle} ¶1` })).toBeVisible();
  });

  await test.step("a slightly changed paragraph: a fuzzy match with the difference marked; Ctrl+1 inserts it, undo takes it out", async () => {
    await documentPage.target(2).click();
    const item = dock.getByRole("list", { name: "Memory matches for paragraph 2" }).getByRole("listitem").first();
    await expect(item).toContainText(/(7\d|8\d|9\d)%/);
    await expect(item.locator("del")).toHaveText("昨");
    await expect(item.locator("ins")).toHaveText("今");
    await shot("matches-1280");
    await page.setViewportSize({ width: 390, height: 800 });
    await shot("matches-390");
    await page.setViewportSize({ width: 1280, height: 800 });
    await documentPage.target(2).press("Control+1");
    await expect(documentPage.target(2)).toHaveValue(TRANSLATION);
    await documentPage.expectSaved();
    await documentPage.target(2).press("Control+z");
    await expect(documentPage.target(2)).toHaveValue("");
  });

  await test.step("concordance: Ctrl+K, 随州 finds 隨州, the hit links to its paragraph", async () => {
    await page.keyboard.press("Control+k");
    const dialog = page.getByRole("dialog", { name: "Concordance search" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("searchbox", { name: "Search all documents and memories" }).fill("随州");
    const hit = dialog.getByRole("listitem").filter({ hasText: TRANSLATION });
    await expect(hit.locator("mark")).toHaveText("隨州");
    await shot("concordance-1280");
    await page.setViewportSize({ width: 390, height: 800 });
    await shot("concordance-390");
    await page.setViewportSize({ width: 1280, height: 800 });
    await dialog.getByRole("searchbox").fill("URBAN management");
    await expect(dialog.getByRole("listitem").filter({ hasText: TRANSLATION }).locator("mark")).toHaveText(["urban management"]);
    await page.keyboard.press("Escape");
    await expect(dialog, "Escape closes the search even with text in its field").toBeHidden();
    await page.keyboard.press("Control+k");
    await dialog.getByRole("searchbox").fill("URBAN management");
    await hit.getByRole("link", { name: `${sourceTitle} ¶1` }).click();
    await expect(page).toHaveURL(new RegExp(`/documents/${first}\\?segment=`));
    await expect(documentPage.target(1)).toBeFocused();
  });

  await test.step("import a TMX memory; it is listed with its count and matched", async () => {
    await page.goto("/memory");
    const tmx = tmxOfPairs([
      { source: "黃石港區明天停水。", target: "Water will be cut off in Huangshigang district tomorrow." },
      { source: "請市民提前儲水。", target: "Residents are asked to store water in advance." },
    ], "zh-Hant");
    await page.getByLabel("TMX file", { exact: true }).setInputFiles({ name: "utilities.tmx", mimeType: "application/xml", buffer: Buffer.from(tmx) });
    await page.getByLabel("Name (optional)").fill(`Utilities ${stamp}`);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText(`Imported “Utilities ${stamp}”: 2 units.`);
    await expect(page.getByRole("row").filter({ hasText: `Utilities ${stamp}` })).toContainText("2");
    await page.getByLabel("TMX file", { exact: true }).setInputFiles({ name: "broken.tmx", mimeType: "application/xml", buffer: Buffer.from(tmx.slice(0, -30)) });
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "not well-formed XML" })).toBeVisible();
    await shot("memory-page-1280");
    await page.setViewportSize({ width: 390, height: 800 });
    await shot("memory-page-390");
    await page.setViewportSize({ width: 1280, height: 800 });

    await documentPage.goto(second);
    await documentPage.target(3).click();
    const item = dock.getByRole("list", { name: "Memory matches for paragraph 3" }).getByRole("listitem").first();
    await expect(item).toContainText("100%");
    await expect(item).toContainText(`TMX: Utilities ${stamp}`);
    await dock.getByRole("button", { name: "Insert match 1" }).click();
    await expect(documentPage.target(3)).toHaveValue("Water will be cut off in Huangshigang district tomorrow.");
    await documentPage.expectSaved();
  });

  await test.step("pre-translate fills an empty paragraph from a 100% match as a draft", async () => {
    await page.getByRole("button", { name: "Pre-translate…" }).click();
    await page.getByRole("dialog", { name: "Pre-translate empty paragraphs?" }).getByRole("button", { name: "Pre-translate" }).click();
    await expect(page.getByText("Filled 1 paragraph from 100% matches (draft).")).toBeVisible();
    await expect(documentPage.target(1)).toHaveValue(TRANSLATION);
    await expect(documentPage.status(1)).toHaveValue("draft");
    await expect(documentPage.target(2)).toHaveValue("");
  });

  await test.step("delete the memory after confirming", async () => {
    await page.goto("/memory");
    await page.getByRole("button", { name: `Delete memory Utilities ${stamp}` }).click();
    await page.getByRole("dialog", { name: "Delete this memory?" }).getByRole("button", { name: "Delete memory" }).click();
    await expect(page.getByRole("status")).toHaveText(`Deleted “Utilities ${stamp}”.`);
    await expect(page.getByRole("row").filter({ hasText: `Utilities ${stamp}` })).toHaveCount(0);
  });
});
