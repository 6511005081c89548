import { readFileSync } from "node:fs";
import type { Download } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ExportMenu } from "./pages/export-menu";

// The demo document: a Traditional text from a bad converter (干部, 采購, 后 left unconverted).
const SAMPLE = readFileSync("samples/demo-forum-page.txt", "utf8");
const text = async (download: Download) => readFileSync(await download.path()).toString("utf8");

test("review the conversion of the demo text and apply 幹部 to every occurrence", async ({ documentPage, page, seedDocument }, testInfo) => {
  test.setTimeout(120_000); // a long journey: review, two choices, three exports, two window sizes
  const id = seedDocument(SAMPLE, `Conversion review ${Date.now()}`, { cleaned: true });
  await documentPage.goto(id);
  const toggle = page.getByRole("button", { name: "Review conversion" });
  // A finding's mark is named by its text; its kind is its title (the accessible description).
  const mark = (text: string, kind: string) => page.getByRole("button", { name: text, exact: true }).and(page.getByTitle(kind, { exact: true }));
  const dialog = page.getByRole("dialog", { name: "Review conversion" });

  await test.step("switch the review on in the Traditional view: 干部 is marked as a leftover", async () => {
    await documentPage.script("Traditional").check();
    await page.keyboard.press("Control+Shift+L");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByText("Other script left in the stored text")).toBeVisible();
    await expect(mark("干部", "Leftover of the other script").first()).toBeVisible();
  });

  await test.step("the choices: 幹部 first with its sense, then the others; apply to every occurrence", async () => {
    await mark("干部", "Leftover of the other script").first().click();
    await expect(dialog).toBeVisible();
    const first = dialog.getByRole("radio").first();
    await expect(first).toBeChecked();
    await expect(first).toHaveValue("幹部");
    await expect(dialog.locator(".conversion-option").first()).toContainText("cadre");
    await expect(dialog.getByRole("radio", { name: /^干部/ })).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: testInfo.outputPath("conversion-dialog-1280.png") });
    const every = dialog.getByRole("button", { name: /^Every occurrence in the document \(\d+\)$/ });
    const count = Number((await every.textContent())?.match(/\((\d+)\)/)?.[1]);
    expect(count).toBeGreaterThanOrEqual(5);
    await every.click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`干部 → 幹部: ${count} places.`)).toBeVisible();
  });

  await test.step("幹部 in the Traditional view and in the view as written; 干部 in the Simplified view", async () => {
    const list = page.locator(".segment-list");
    await expect(list).toContainText("黨員幹部");
    await expect(list).not.toContainText("黨員干部");
    await expect(mark("幹部", "Leftover of the other script · your choice").first()).toBeVisible();
    await documentPage.script("Original").check();
    await expect(list).toContainText("黨員幹部");
    await documentPage.script("Simplified").check();
    await expect(list).toContainText("党员干部");
    await documentPage.script("Traditional").check();
  });

  await test.step("a mark is reachable with the keyboard: 后 → 後 for this occurrence only", async () => {
    const houMark = mark("后", "Leftover of the other script").first();
    await expect(houMark).toHaveAccessibleDescription("Leftover of the other script");
    await houMark.focus();
    await page.keyboard.press("Enter");
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("radio").first()).toHaveValue("後");
    await dialog.getByRole("button", { name: "This occurrence" }).click();
    await expect(page.getByText("后 → 後: 1 place.")).toBeVisible();
  });

  await test.step("the choices panel lists both and removes one", async () => {
    await page.getByRole("button", { name: "Conversion choices (2)" }).click();
    await expect(page.getByRole("region", { name: "Conversion choices" })).toContainText("干部 → 幹部");
    await page.getByRole("button", { name: "Remove the choice 后 → 後" }).click();
    await expect(page.getByRole("button", { name: "Conversion choices (1)" })).toBeVisible();
  });

  await test.step("exports carry 幹部: Traditional and as written; the stored source is unchanged", async () => {
    const menu = new ExportMenu(page);
    const traditional = await text(await menu.download("Plain text", { script: "Traditional", interleaved: true }));
    expect(traditional).toContain("黨員幹部");
    expect(traditional).not.toContain("黨員干部");
    const original = await text(await menu.download("Plain text", { interleaved: true }));
    expect(original).toContain("黨員幹部");
    const xliff = await text(await menu.download("XLIFF 2.0", { script: "Traditional" }));
    expect(xliff).toContain("幹部");
  });

  await test.step("on a narrow window", async () => {
    await new ExportMenu(page).toggle.click();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("button").and(page.getByTitle("Leftover of the other script", { exact: true })).first().click();
    await expect(dialog).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("conversion-dialog-390.png") });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await page.screenshot({ path: testInfo.outputPath("conversion-marks-390.png"), fullPage: false });
  });
});
