import { expect, test } from "./fixtures";

test("a translator with the zh-CN UI switches script, uses the shortcuts and sees the history", async ({ browser, seedDocument }) => {
  const id = seedDocument("隨州市城管執法委全員戰疫。\n這是一場沒有硝煙的戰爭。", "繁體文件 editor zh-CN");
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto(`/documents/${id}`);
  const target = (n: number) => page.getByRole("textbox", { name: `第 ${n} 段的译文` });
  const mod = process.platform === "darwin" ? "Meta" : "Control";

  await test.step("简体 shows 随州", async () => {
    await page.getByRole("radiogroup", { name: "原文字形" }).getByRole("radio", { name: "简体" }).check();
    await expect(page.getByText("随州市城管执法委全员战疫。")).toBeVisible();
  });

  await test.step("copy the source, edit, mark translated: the next paragraph gets the cursor", async () => {
    await target(1).click();
    await page.keyboard.press(`${mod}+Shift+S`);
    await expect(target(1)).toHaveValue("随州市城管执法委全员战疫。");
    await target(1).fill("Suizhou's city management bureau fights the epidemic.");
    await page.keyboard.press(`${mod}+Enter`);
    await expect(target(2)).toBeFocused();
    await expect(page.getByRole("combobox", { name: "第 1 段的状态" })).toHaveValue("translated");
    await expect(page.getByRole("status")).toHaveText("已保存");
    await expect(page.getByRole("progressbar", { name: "翻译进度" })).toHaveAttribute("aria-valuenow", "50");
  });

  await test.step("the shortcuts list and the history speak Chinese", async () => {
    await page.getByRole("button", { name: "键盘快捷键" }).click();
    await expect(page.getByRole("dialog", { name: "键盘快捷键" })).toContainText("把原文复制到译文");
    await page.getByRole("button", { name: "关闭" }).click();
    await page.getByRole("button", { name: "第 1 段的历史" }).click();
    const history = page.getByRole("dialog", { name: "第 1 段的历史" });
    await expect(history.getByRole("listitem").first()).toContainText("Suizhou's city management bureau");
    await expect(history.getByRole("listitem").first()).toContainText("当前译文");
  });
  await context.close();
});
