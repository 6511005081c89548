import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { dragAcross } from "./mouse";

const SAMPLE = readFileSync("samples/demo-forum-page.txt", "utf8");

test("annotate an organization, see it in every script, mark glossary terms and check the translation", async ({ documentPage, page, seedDocument }) => {
  const id = seedDocument(SAMPLE, undefined, { cleaned: true });
  await documentPage.goto(id);
  const heading = documentPage.row(1).locator(".source-text");
  const annotation = heading.locator("mark.annotation-organization");
  // A glossary term inside it (other tests add terms to the one glossary) cuts it into pieces.
  const annotated = () => annotation.allTextContents().then((pieces) => pieces.join(""));

  await test.step("select 隨州市城管執法委 and annotate it as an organization", async () => {
    await dragAcross(page, heading, "隨州市城管執法委");
    const dialog = page.getByRole("dialog", { name: "Annotate" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("textbox", { name: "Pinyin" })).toHaveValue(/suí zhōu shì/);
    await dialog.getByRole("textbox", { name: "Gloss" }).fill("Suizhou Urban Management and Law Enforcement Commission");
    await dialog.getByRole("combobox", { name: "Category" }).selectOption("organization");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(annotated).toBe("隨州市城管執法委");
    await expect(annotation.first()).toHaveAttribute("title", /Suizhou Urban Management/);
  });

  await test.step("Simplified: the highlight stays on the same characters", async () => {
    await documentPage.script("Simplified").check();
    await expect.poll(annotated).toBe("随州市城管执法委");
  });

  await test.step("after a reload the annotation is still there, and listed in the panel", async () => {
    await page.reload();
    await expect.poll(annotated).toBe("随州市城管执法委");
    await page.getByRole("button", { name: /^Annotations \(1\)/ }).click();
    const panel = page.getByRole("region", { name: "Annotations" });
    await expect(panel).toContainText("隨州市城管執法委");
    await expect(panel).toContainText("Suizhou Urban Management");
  });

  await test.step("add 城管 to the glossary: it is marked in many paragraphs", async () => {
    await page.goto("/glossary");
    await page.getByRole("textbox", { name: "Chinese" }).fill("城管");
    await page.getByRole("textbox", { name: "English" }).fill("urban management");
    await page.getByRole("button", { name: "Add term" }).click();
    await expect(page.getByRole("cell", { name: "urban management" }).first()).toBeVisible();
    await documentPage.goto(id);
    await expect(page.locator("mark.term").first()).toBeVisible();
    expect(await page.locator(".segment-row").filter({ has: page.locator("mark.term") }).count()).toBeGreaterThan(2);
  });

  await test.step("a translation without the term gets a warning; inserting the term clears it", async () => {
    const row = documentPage.row(2);
    await documentPage.target(2).fill("A war without gunsmoke. The commission acted at once.");
    const marker = row.getByRole("button", { name: /^Paragraph 2: \d+ QA warnings?$/ });
    await expect(marker).toBeVisible();
    await page.getByRole("button", { name: /^QA \(/ }).click();
    await expect(page.getByRole("region", { name: "QA warnings" })).toContainText("Paragraph 2");
    // A longer term of another test's (城管執法) may be the one matched here.
    await expect(page.getByRole("region", { name: "QA warnings" })).toContainText(/城管(執法)?: “urban management[^”]*” missing/);
    await row.locator("mark.term").first().click();
    await expect(documentPage.target(2)).toHaveValue(/urban management/);
    await expect(marker).toBeHidden();
    await documentPage.expectSaved();
  });

  await test.step("hovering a word shows its CC-CEDICT entry", async () => {
    // On its first character: the term may be a longer one of another test's (城管執法).
    await documentPage.row(2).locator("mark.term").first().hover({ position: { x: 4, y: 6 } });
    const card = page.getByRole("tooltip", { name: "Dictionary" });
    await expect(card).toBeVisible();
    await expect(card).toContainText("城管");
    await expect(card).toContainText("chéng guǎn");
  });
});

test("import a glossary CSV of 1,000 terms", async ({ page }) => {
  const rows = Array.from({ length: 1000 }, (_, i) => `測試詞${i},test term ${i},,preferred`);
  await page.goto("/glossary");
  await page.getByLabel("Import CSV").setInputFiles({ name: "terms.csv", mimeType: "text/csv", buffer: Buffer.from(`source,target,note,usage\n${rows.join("\n")}\n`) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Imported: 1000 added, 0 updated.");
  await page.getByRole("searchbox", { name: "Search terms" }).fill("test term 999");
  await page.getByRole("searchbox", { name: "Search terms" }).press("Enter");
  await expect(page.getByRole("cell", { name: "測試詞999", exact: true })).toBeVisible();

  await test.step("export the glossary as CSV and TBX", async () => {
    const read = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name, exact: true }).click()]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    };
    expect(await read("Export CSV")).toContain('"測試詞999","test term 999"');
    const tbx = await read("Export TBX 2008");
    expect(tbx).toContain("<martif");
    expect(tbx).toContain("測試詞999");
  });
});

test("a span can be selected and annotated with the keyboard alone", async ({ documentPage, page, seedDocument }) => {
  const id = seedDocument("隨州市城管執法委全員出擊。");
  await documentPage.goto(id);
  const source = page.getByLabel(/^Source of paragraph 1:/);
  await source.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  // Marks that arrive late (the glossary's, the review's) redraw the text and drop the browser's selection,
  // before Enter is pressed and again while it is held down.
  await page.evaluate(() => window.getSelection()?.removeAllRanges());
  await page.keyboard.down("Enter");
  await page.evaluate(() => window.getSelection()?.removeAllRanges());
  await page.keyboard.up("Enter");
  const dialog = page.getByRole("dialog", { name: "Annotate" });
  await expect(dialog).toContainText("城管");
  await expect(dialog.getByRole("textbox", { name: "Pinyin" })).toHaveValue("chéng guǎn");
  // The translator types the gloss straight away: the dialog starts in it.
  await expect(dialog.getByRole("textbox", { name: "Gloss" })).toBeFocused();
  await page.keyboard.type("urban management");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(source.locator("mark[data-annotation-id]")).toHaveText("城管");
});

test("an annotation cut by a glossary term is one Tab stop and opens with Enter", async ({ documentPage, page, seedDocument }) => {
  const id = seedDocument("鶴鳴亭遊客中心今日開放。");
  await page.goto("/glossary?q=遊客中心");
  await page.getByRole("textbox", { name: "Chinese" }).fill("遊客中心");
  await page.getByRole("textbox", { name: "English" }).fill("visitor centre");
  await page.getByRole("button", { name: "Add term" }).click();
  await expect(page.getByRole("cell", { name: "visitor centre" }).first()).toBeVisible();
  await documentPage.goto(id);
  const source = page.getByLabel(/^Source of paragraph 1:/);
  await expect(source.locator("mark.term")).toHaveText("遊客中心");

  await test.step("annotate 鶴鳴亭遊客中心今日 with the keyboard: three pieces, the term in the middle", async () => {
    await source.focus();
    for (let i = 0; i < 9; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Annotate" });
    await expect(dialog).toContainText("鶴鳴亭遊客中心今日");
    await dialog.getByRole("textbox", { name: "Gloss" }).fill("Crane Pavilion visitor centre");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toBeHidden();
    await expect(source.locator("mark[data-annotation-id]")).toHaveText(["鶴鳴亭", "遊客中心", "今日"]);
  });

  await test.step("Tab from the source text reaches the annotation once, then leaves the paragraph's text", async () => {
    const pieces = source.locator("mark[data-annotation-id]");
    await expect(pieces.first()).toHaveText("鶴鳴亭");
    await source.focus();
    await page.keyboard.press("Tab");
    await expect(pieces.first()).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(source.locator(":focus")).toHaveCount(0);
    await page.keyboard.press("Shift+Tab");
    await expect(pieces.first()).toBeFocused();
  });

  await test.step("Enter opens the annotation", async () => {
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Annotate" });
    await expect(dialog.getByRole("textbox", { name: "Gloss" })).toHaveValue("Crane Pavilion visitor centre");
  });
});
