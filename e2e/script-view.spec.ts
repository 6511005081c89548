import { expect, test } from "./fixtures";

test("the source in another script, Taiwan characters apart from Taiwan vocabulary, with pinyin, remembered per document", async ({ documentPage, page, seedDocument }) => {
  const id = seedDocument("隨州市城管執法委全員戰疫。\n我用鼠標打開軟件，查看網絡信息。\n我在銀行工作，他住在重慶。\n社區的科學調度。");
  await documentPage.goto(id);
  const first = documentPage.row(1).locator(".segment-source");
  const second = documentPage.row(2).locator(".segment-source");

  await test.step("Original shows the stored Traditional text", async () => {
    await expect(documentPage.script("Original")).toBeChecked();
    await expect(first).toContainText("隨州市");
  });

  await test.step("Simplified shows 随州", async () => {
    await documentPage.script("Simplified").check();
    await expect(first).toContainText("随州市城管执法委全员战疫");
  });

  await test.step("Taiwan and Hong Kong change characters, never words: 社區 stays 社區", async () => {
    const fourth = documentPage.row(4).locator(".segment-source");
    for (const region of ["Taiwan", "Hong Kong"] as const) {
      await documentPage.script(region).click();
      await expect(documentPage.script(region)).toBeChecked();
      await expect(second).toHaveText("我用鼠標打開軟件，查看網絡信息。");
      await expect(fourth).toHaveText("社區的科學調度。");
    }
  });

  await test.step("Taiwan vocabulary, described as replacing words, uses Taiwan's words: 滑鼠, 軟體, 社群, 排程", async () => {
    const vocabulary = documentPage.script("Taiwan vocabulary");
    await expect(vocabulary).toHaveAccessibleDescription(/some words are replaced/);
    await vocabulary.click();
    await expect(second).toContainText("我用滑鼠開啟軟體，檢視網路資訊。");
    await expect(documentPage.row(4).locator(".segment-source")).toHaveText("社群的科學排程。");
    await expect(first).toContainText("隨州");
  });

  await test.step("pinyin over the characters, polyphones read in context", async () => {
    await documentPage.script("Simplified").check();
    await documentPage.pinyin.click();
    await expect(documentPage.pinyin).toHaveAttribute("aria-checked", "true");
    const third = documentPage.row(3).locator(".segment-source");
    await expect(third.locator(".pinyin-column").filter({ hasText: "银" })).toContainText("yín");
    await expect(third.locator(".pinyin-column").filter({ hasText: "行" }).first()).toContainText("háng");
    await expect(third.locator(".pinyin-column").filter({ hasText: "重" })).toContainText("chóng");
  });

  await test.step("the choice is remembered for this document, and the stored source never changes", async () => {
    await page.reload();
    await expect(documentPage.script("Simplified")).toBeChecked();
    await expect(documentPage.pinyin).toHaveAttribute("aria-checked", "true");
    await documentPage.script("Original").check();
    await documentPage.pinyin.click();
    await expect(first).toHaveText("隨州市城管執法委全員戰疫。");
    const otherId = seedDocument("隨州。");
    await documentPage.goto(otherId);
    await expect(documentPage.script("Original")).toBeChecked();
  });
});
