import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import type { Download } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ExportMenu } from "./pages/export-menu";

async function read(download: Download): Promise<Buffer> {
  return readFileSync(await download.path());
}

const SOURCE = "研发 & 测试\n如果 a < b，“引号” 👍 𠀀\n还没翻译。";

test("export every format from the editor, read the files, and import translations back", async ({ documentPage, page, seedDocument }) => {
  const title = `导出 Export ${Date.now()}`;
  const id = seedDocument(SOURCE, title);
  await documentPage.goto(id);
  const menu = new ExportMenu(page);

  await test.step("translate two paragraphs", async () => {
    await documentPage.target(1).fill("R&D & testing");
    await documentPage.status(1).selectOption("translated");
    await documentPage.target(2).fill('If a < b, "quotes" 👍 𠀀');
    await documentPage.expectSaved();
  });

  let xliff = "";
  await test.step("XML formats: ids, states, escaped text, a file name from the title", async () => {
    const download = await menu.download("XLIFF 2.0");
    expect(download.suggestedFilename()).toBe(`${title}.xlf`);
    xliff = (await read(download)).toString("utf8");
    expect(xliff).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-Hans" trgLang="en" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0">');
    expect(xliff).toMatch(/<mda:metaGroup category="duizhao">\s*<mda:meta type="version">\d+<\/mda:meta>/);
    expect(xliff).toContain("<target xml:space=\"preserve\">R&amp;D &amp; testing</target>");
    expect(xliff).toMatch(/state="translated"/);
    const xliff12 = (await read(await menu.download("XLIFF 1.2"))).toString("utf8");
    expect(xliff12).toContain('state="translated">R&amp;D &amp; testing</target>');
    const tmx = (await read(await menu.download("TMX 1.4 (translation memory)", { script: "Traditional" }))).toString("utf8");
    expect(tmx).toContain('<tuv xml:lang="zh-Hant">');
    expect(tmx).toContain("<seg>研發 &amp; 測試</seg>");
  });

  await test.step("CSV and TSV: a BOM, and the same table in a CSV parser", async () => {
    const csv = (await read(await menu.download("CSV (spreadsheet)"))).toString("utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows.map((row) => row[2])).toEqual(["target", "R&D & testing", 'If a < b, "quotes" 👍 𠀀', ""]);
    const tsv = (await read(await menu.download("TSV (tab-separated)"))).toString("utf8");
    expect(tsv.split("\r\n")[1]).toMatch(/^s\d+\t研发 & 测试\tR&D & testing\ttranslated\t$/);
  });

  await test.step("HTML, Markdown, text, JSON and DOCX", async () => {
    const html = (await read(await menu.download("Bilingual HTML"))).toString("utf8");
    expect(html).toContain("<td class=\"target\" lang=\"en\">R&amp;D &amp; testing</td>");
    expect(html).toContain("@media print");
    const md = (await read(await menu.download("Bilingual Markdown"))).toString("utf8");
    expect(md).toContain("如果 a \\< b，“引号” 👍 𠀀");
    expect(md).toContain("> 还没翻译。\n\n*—*");
    const txt = (await read(await menu.download("Plain text", { onlyTranslated: true }))).toString("utf8");
    expect(txt).toBe('R&D & testing\n\nIf a < b, "quotes" 👍 𠀀\n');
    const interleaved = (await read(await menu.download("Plain text", { interleaved: true }))).toString("utf8");
    expect(interleaved.split("\n\n")[0]).toBe("研发 & 测试\nR&D & testing");
    const json = JSON.parse((await read(await menu.download("JSON"))).toString("utf8")) as { segments: { target: string }[] };
    expect(json.segments.map((segment) => segment.target)).toEqual(["R&D & testing", 'If a < b, "quotes" 👍 𠀀', ""]);
    const docx = unzipSync(new Uint8Array(await read(await menu.download("Word (DOCX)"))));
    expect(strFromU8(docx["word/document.xml"])).toContain("R&amp;D &amp; testing");
  });

  await test.step("import an edited XLIFF back: the summary, then the new text after a reload", async () => {
    const edited = xliff.replace("<target xml:space=\"preserve\">R&amp;D &amp; testing</target>", "<target xml:space=\"preserve\">Research &amp; testing</target>");
    await menu.importTranslations({ name: "edited.xlf", mimeType: "application/xliff+xml", buffer: Buffer.from(edited) });
    await expect(menu.importForm.getByRole("status")).toHaveText("1 paragraph updated; 2 unchanged; 0 not found in this document.");
    await page.reload();
    await expect(documentPage.target(1)).toHaveValue("Research & testing");
  });

  await test.step("import the first export again after newer edits: the newer texts stay, the conflicts are reported", async () => {
    await documentPage.target(2).fill("If a < b, newer on the web");
    await documentPage.expectSaved();
    await menu.importTranslations({ name: "old.xlf", mimeType: "application/xliff+xml", buffer: Buffer.from(xliff) });
    await expect(menu.importForm.getByRole("status")).toHaveText(
      "No paragraph changed; 1 unchanged; 0 not found in this document. 2 paragraphs were changed since the file was exported (¶ 1, 2): " +
        "the newer text was kept, and the file's text is in the history as refused in a conflict.",
    );
    await page.reload();
    await expect(documentPage.target(1)).toHaveValue("Research & testing");
    await expect(documentPage.target(2)).toHaveValue("If a < b, newer on the web");
  });

  await test.step("a malformed file is refused and changes nothing", async () => {
    await menu.importTranslations({ name: "bad.xlf", mimeType: "application/xliff+xml", buffer: Buffer.from("<xliff version='2.0'><file>") });
    await expect(menu.importForm.getByRole("status")).toHaveText(/not well-formed XML/);
    await expect(documentPage.target(1)).toHaveValue("Research & testing");
  });
});

test("the documents page exports ticked documents as a zip and creates a document from a TMX file", async ({ documentsPage, documentPage, page, seedDocument }) => {
  const first = `Zip one ${Date.now()}`;
  const second = `Zip two ${Date.now()}`;
  seedDocument("第一篇。", first);
  seedDocument("第二篇。", second);
  await documentsPage.goto();

  await test.step("tick two documents and download them as a zip", async () => {
    await page.getByRole("checkbox", { name: `Select ${first}` }).check();
    await page.getByRole("checkbox", { name: `Select ${second}` }).check();
    const form = page.getByRole("form", { name: "Export selected (zip)" });
    await form.getByRole("combobox", { name: "Format" }).selectOption({ label: "TMX 1.4 (translation memory)" });
    const [download] = await Promise.all([page.waitForEvent("download"), form.getByRole("button", { name: "Export selected (zip)" }).click()]);
    const files = unzipSync(new Uint8Array(await read(download)));
    expect(Object.keys(files).sort()).toEqual([`${first}.tmx`, `${second}.tmx`]);
  });

  await test.step("create a document from a TMX file with its translations", async () => {
    const tmx = `<?xml version="1.0"?><tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="paragraph" o-tmf="x" adminlang="en" srclang="zh-CN" datatype="plaintext"/><body>
<tu><tuv xml:lang="zh-CN"><seg>你好 &amp; 再见</seg></tuv><tuv xml:lang="en"><seg>Hello &amp; goodbye</seg></tuv></tu></body></tmx>`;
    const form = page.getByRole("form", { name: "From a translated file" });
    await form.getByLabel("XLIFF or TMX file").setInputFiles({ name: "greeting.tmx", mimeType: "application/x-tmx+xml", buffer: Buffer.from(tmx) });
    await form.getByRole("button", { name: "Create from file" }).click();
    await expect(page).toHaveURL(/\/documents\/\d+$/);
    await expect(documentPage.target(1)).toHaveValue("Hello & goodbye");
  });
});
