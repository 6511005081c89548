import { mkdirSync, readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { ExportMenu } from "./pages/export-menu";

const XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="tags.html" source-language="zh-CN" target-language="en" datatype="html">
    <body>
      <trans-unit id="1"><source>请<g id="1" ctype="bold">点击</g>这里<x id="2" ctype="lb"/>继续</source></trans-unit>
      <trans-unit id="2"><source>没有标签的段落。</source></trans-unit>
    </body>
  </file>
</xliff>`;

const SHOTS = "/tmp/shots-tags";

test("inline tags: import an XLIFF with tags, insert them with the keyboard, QA flags a missing one, export writes them back", async ({ documentPage, page }) => {
  test.setTimeout(90_000);
  const menu = new ExportMenu(page);

  await test.step("create a document from the XLIFF file", async () => {
    await page.goto("/");
    const form = page.getByRole("form", { name: "From a translated file" });
    await form.getByLabel("XLIFF or TMX file").setInputFiles({ name: `tags-${Date.now()}.xlf`, mimeType: "application/xliff+xml", buffer: Buffer.from(XLIFF) });
    await form.getByRole("button", { name: "Create from file" }).click();
    await expect(page).toHaveURL(/\/documents\/\d+$/);
  });

  const row = documentPage.row(1);
  await test.step("the source shows the tags as tokens with names, not as markup", async () => {
    await expect(row.getByRole("img", { name: "opening tag 1" })).toBeVisible();
    await expect(row.getByRole("img", { name: "closing tag 1" })).toBeVisible();
    await expect(row.getByRole("img", { name: "tag 2" })).toBeVisible();
    await expect(row.locator(".segment-source")).not.toContainText("<g");
    await expect(documentPage.row(2).getByRole("group", { name: /Tags of paragraph/ })).toHaveCount(0);
  });

  const target = documentPage.target(1);
  const insertTag = "ControlOrMeta+Shift+G";
  await test.step("type a translation, inserting the tags with the keyboard; one missing is a QA warning", async () => {
    await target.click();
    await page.keyboard.press(insertTag);
    await page.keyboard.type("Click");
    await page.keyboard.press(insertTag);
    await page.keyboard.type(" here to go on");
    await expect(target).toHaveValue("\uE401Click\uE801 here to go on");
    const marker = row.getByRole("button", { name: "Paragraph 1: 1 QA warning" });
    await expect(marker).toBeVisible();
    await expect(marker).toHaveAttribute("title", "Tag {2} of the source is not in the translation");
    await expect(row.getByRole("button", { name: "Insert tag 2" })).toBeVisible();
    mkdirSync(SHOTS, { recursive: true });
    await row.screenshot({ path: `${SHOTS}/missing-tag.png` });
  });

  await test.step("the shortcut inserts the missing tag at the caret; the warning goes", async () => {
    for (let i = 0; i < " to go on".length; i++) await page.keyboard.press("ArrowLeft");
    await page.keyboard.press(insertTag);
    await expect(target).toHaveValue("\uE401Click\uE801 here\uE002 to go on");
    await expect(row.getByRole("button", { name: /QA warning/ })).toBeHidden();
    await expect(row.getByRole("button", { name: "tag 2 (in the translation)" })).toBeVisible();
    await expect(row.locator(".tag-preview")).toHaveText("\uE401Click\uE801 here\uE002 to go on");
    await documentPage.status(1).selectOption("translated");
    await documentPage.expectSaved();
    await row.screenshot({ path: `${SHOTS}/tags-complete.png` });
  });

  await test.step("the shortcut is listed in the shortcuts dialog", async () => {
    await page.getByRole("heading", { level: 1 }).click();
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(dialog).toContainText("Insert the next tag of the source that the translation lacks");
    await dialog.getByRole("button", { name: "Close" }).click();
  });

  await test.step("XLIFF 1.2 export writes the same tags; TMX and plain text render them", async () => {
    const xliff = readFileSync(await (await menu.download("XLIFF 1.2")).path(), "utf8");
    expect(xliff).toContain('<source>请<g id="1" ctype="bold">点击</g>这里<x id="2" ctype="lb"/>继续</source>');
    expect(xliff).toContain('<g id="1" ctype="bold">Click</g> here<x id="2" ctype="lb"/> to go on</target>');
    const tmx = readFileSync(await (await menu.download("TMX 1.4 (translation memory)")).path(), "utf8");
    expect(tmx).toContain('<seg><bpt i="1"/>Click<ept i="1"/> here<ph x="2"/> to go on</seg>');
    const txt = readFileSync(await (await menu.download("Plain text")).path(), "utf8");
    expect(txt).toContain("{1}Click{/1} here{2} to go on");
  });
});
