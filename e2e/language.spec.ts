import { expect, test } from "./fixtures";

test("the language switcher changes the UI language and remembers it", async ({ documentsPage, page }) => {
  await documentsPage.goto();
  const switcher = page.getByRole("combobox", { name: "Language" });
  await expect(switcher).toHaveValue("en");

  await test.step("Simplified Chinese", async () => {
    await switcher.selectOption("zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("文档");
    await expect(page.getByRole("link", { name: "导入文本或文件" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  });

  await test.step("kept after a reload, with the same URL", async () => {
    await page.reload();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("文档");
  });

  await test.step("Traditional Chinese, then back to English", async () => {
    await page.getByRole("combobox", { name: "界面语言" }).selectOption("zh-TW");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("文件");
    await page.getByRole("combobox", { name: "介面語言" }).selectOption("en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Documents");
  });
});

test("the browser's language is the default", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-TW" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("文件");
  await context.close();
});

const CHINESE_UIS = [
  { locale: "zh-CN", meta: "2 个段落 · 繁体", target: "第 2 段的译文", status: "第 2 段的状态", saved: "已保存" },
  { locale: "zh-TW", meta: "2 個段落 · 繁體", target: "第 2 段的譯文", status: "第 2 段的狀態", saved: "已儲存" },
];

for (const ui of CHINESE_UIS) {
  test(`a translator with the ${ui.locale} UI translates and finds the text after a reload`, async ({ browser, seedDocument }) => {
    const id = seedDocument("隨州市城管執法委全員戰疫。\n這是一場沒有硝煙的戰爭。", `繁體文件 ${ui.locale}`);
    const context = await browser.newContext({ locale: ui.locale });
    const page = await context.newPage();
    await page.goto(`/documents/${id}`);
    await expect(page.getByText(ui.meta)).toBeVisible();
    const target = page.getByRole("textbox", { name: ui.target });
    await target.fill("This is a war without gunsmoke.");
    await target.blur();
    await expect(page.getByRole("status")).toHaveText(ui.saved);
    await page.reload();
    await expect(target).toHaveValue("This is a war without gunsmoke.");
    await expect(page.getByRole("combobox", { name: ui.status })).toHaveValue("draft");
    await context.close();
  });
}
