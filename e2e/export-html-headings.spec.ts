import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { ExportMenu } from "./pages/export-menu";

test("the bilingual HTML export heads its columns with language names, and keeps the lang tags", async ({ documentPage, page, seedDocument }) => {
  const id = seedDocument("研发与测试。\n第二段。", `HTML headings ${Date.now()}`);
  await documentPage.goto(id);
  await documentPage.target(1).fill("Research and testing.");
  await documentPage.expectSaved();
  const menu = new ExportMenu(page);

  for (const [script, source, lang] of [
    ["Original", "Chinese (Simplified)", "zh-Hans"],
    ["Traditional", "Chinese (Traditional)", "zh-Hant"],
    ["Taiwan", "Chinese (Traditional, Taiwan)", "zh-Hant-TW"],
  ] as const) {
    await test.step(`${script}: "${source}" and "English"`, async () => {
      const html = readFileSync((await (await menu.download("Bilingual HTML", { script })).path())!, "utf8");
      // The file as a reader opens it.
      const view = await page.context().newPage();
      await view.setContent(html);
      await expect(view.getByRole("columnheader")).toHaveText(["#", source, "English"]);
      await expect(view.locator("td.source").first()).toHaveAttribute("lang", lang);
      await expect(view.locator("td.target").first()).toHaveAttribute("lang", "en");
      await expect(view.locator("td.target").first()).toHaveText("Research and testing.");
      await view.close();
    });
  }
});
