import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";

const TBX3 = `<?xml version="1.0" encoding="UTF-8"?>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">
  <tbxHeader><fileDesc><sourceDesc><p>from another tool</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1"><note>e2e interchange</note>
      <langSec xml:lang="zh-CN"><termSec><term>互換詞甲</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>interchange term A</term></termSec></langSec></conceptEntry>
    <conceptEntry id="c2">
      <langSec xml:lang="zh-CN"><termSec><term>互換詞乙</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>interchange term B</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec></conceptEntry>
    <conceptEntry id="c3"><langSec xml:lang="zh-CN"><termSec><term>只有中文的條目</term></termSec></langSec></conceptEntry>
  </body></text>
</tbx>`;

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name, exact: true }).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function importFile(page: Page, name: string, content: string): Promise<void> {
  await page.getByLabel("Import CSV or TBX").setInputFiles({ name, mimeType: "application/octet-stream", buffer: Buffer.from(content) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
}

test("a TBX v3 glossary comes in, goes out as TBX v3 and CSV, and a bad file changes nothing", async ({ page }) => {
  await page.goto("/glossary?q=interchange");

  await test.step("import a TBX v3 file from another tool", async () => {
    await importFile(page, "other-tool.tbx", TBX3);
    await expect(page.getByRole("status")).toHaveText("Imported: 2 added, 0 updated; 1 entry without both a Chinese and an English term left out.");
    await expect(page.getByRole("cell", { name: "互換詞乙", exact: true })).toBeVisible();
    await expect(page.getByRole("row", { name: /互換詞乙/ }).getByRole("cell", { name: "Forbidden" })).toBeVisible();
  });

  await test.step("the same file again skips both terms", async () => {
    await importFile(page, "other-tool.tbx", TBX3);
    await expect(page.getByRole("status")).toHaveText(/^Imported: 0 added, 0 updated, 2 skipped \(already in the glossary as they are, or repeated in the file\)/);
  });

  await test.step("export TBX v3 and CSV", async () => {
    const tbx3 = await download(page, "Export TBX v3");
    expect(tbx3).toContain('<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca"');
    expect(tbx3).toMatch(/<term>interchange term B<\/term>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts<\/termNote>/);
    const csv = await download(page, "Export CSV");
    expect(csv.startsWith('\uFEFF"source","target","note","usage"\r\n')).toBe(true);
    expect(csv).toContain('"互換詞甲","interchange term A","e2e interchange","preferred"');
  });

  await test.step("a CSV with a broken row and a file of another kind are refused; nothing changes", async () => {
    await importFile(page, "broken.csv", "source,target\n互換詞丙,interchange term C\n互換詞丁,\n");
    await expect(page.getByRole("alert").filter({ hasText: /This CSV could not be read \(line 3\)/ })).toBeVisible();
    await importFile(page, "memory.tmx", '<tmx version="1.4"><header/><body/></tmx>');
    await expect(page.getByRole("alert").filter({ hasText: /memory\.tmx is neither\. Nothing was changed\./ })).toBeVisible();
    await page.reload();
    await expect(page.getByText("2 terms", { exact: true })).toBeVisible();
    await expect(page.getByRole("cell", { name: "互換詞丙", exact: true })).toHaveCount(0);
  });
});
