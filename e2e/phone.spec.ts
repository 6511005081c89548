import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

const PHONE = { width: 390, height: 844 };
const HANDLE_MAX_HEIGHT = 48;

test.use({ viewport: PHONE, hasTouch: true });

test("on a phone the first paragraph and its translation box are on the first screen; typing there is saved", async ({ page, documentPage, seedDocument }) => {
  test.setTimeout(60_000);
  const expectOnFirstScreen = async () => {
    const box = await documentPage.target(1).boundingBox();
    const dock = await page.getByRole("region", { name: "Translation memory" }).boundingBox();
    expect(box, "the first translation box is shown").not.toBeNull();
    expect(dock).not.toBeNull();
    expect(box!.y, "the first translation box starts on the first screen").toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height, "the first translation box ends on the first screen").toBeLessThanOrEqual(PHONE.height);
    expect(box!.y + box!.height, "the memory dock does not cover the first translation box").toBeLessThanOrEqual(dock!.y);
    await expect(documentPage.row(1).locator(".segment-source"), "its paragraph too").toBeInViewport({ ratio: 1 });
    await expect(documentPage.progress, "progress is shown without opening the menu").toBeInViewport();
    await expect(documentPage.saveState, "the save state is shown without opening the menu").toBeInViewport();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, "no sideways scrolling").toBeLessThanOrEqual(PHONE.width);
  };
  await documentPage.goto(1);
  await expectOnFirstScreen();

  const id = seedDocument(readFileSync("samples/demo-forum-page.txt", "utf8"), "危難之時顯身手 隨州市城管執法委全員戰疫工作紀實（手機）", { cleaned: true });
  await documentPage.goto(id);
  await expectOnFirstScreen();
  await documentPage.target(1).tap();
  await page.keyboard.type("In times of danger they showed their worth");
  await documentPage.expectSaved();
  await page.reload();
  await expect(documentPage.target(1)).toHaveValue("In times of danger they showed their worth");
});

test("on a phone the toolbar is one Tools menu: a tap opens it, its controls work, Escape closes it and returns focus", async ({ page, documentPage }) => {
  await documentPage.goto(1);
  const tools = page.getByRole("button", { name: "Tools" });
  await expect(tools).toHaveAttribute("aria-expanded", "false");
  await expect(documentPage.pinyin, "the controls are folded away").toBeHidden();
  await expect(documentPage.scriptGroup).toBeHidden();

  await tools.tap();
  await expect(tools).toHaveAttribute("aria-expanded", "true");
  await expect(documentPage.scriptGroup).toBeInViewport();
  await documentPage.script("Simplified").tap();
  await expect(documentPage.script("Simplified")).toBeChecked();
  await expect(documentPage.row(2)).toContainText("这是一场没有硝烟的战争");

  await page.keyboard.press("Escape");
  await expect(tools).toHaveAttribute("aria-expanded", "false");
  await expect(documentPage.scriptGroup).toBeHidden();
  await expect(tools, "focus goes back to the menu button").toBeFocused();
  await expect(documentPage.row(2), "the choice stays when the menu is closed").toContainText("这是一场没有硝烟的战争");

  // The keyboard opens it too; the go-to field in it takes the reader to a paragraph and closes the menu.
  await page.keyboard.press("Enter");
  await expect(tools).toHaveAttribute("aria-expanded", "true");
  await documentPage.jumpTo(20);
  await expect(tools).toHaveAttribute("aria-expanded", "false");
  await expect(documentPage.target(20)).toBeInViewport();

  await tools.tap();
  await documentPage.pinyin.tap();
  await expect(documentPage.pinyin).toBeChecked();
  await expect(page.locator(".pinyin-syllable").first()).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(documentPage.pinyin).toBeHidden();
  await expect(tools).toBeFocused();
  await expect(page.locator(".pinyin-syllable").first()).toBeVisible();
  // A tap outside the menu closes it too.
  await tools.tap();
  await expect(documentPage.pinyin).toBeVisible();
  await page.getByRole("region", { name: "Translation memory" }).getByRole("heading").tap();
  await expect(tools).toHaveAttribute("aria-expanded", "false");
  await expect(documentPage.pinyin).toBeHidden();

  // With pinyin the rows are far taller than the list guessed: going to a paragraph from the top still
  // lands on it with the cursor in its box (the row used to be unmounted while the list settled).
  await page.reload();
  await expect(documentPage.target(1)).toBeVisible();
  await documentPage.jumpTo(20);
  await expect(documentPage.target(20)).toBeInViewport();
});

test("on a phone the memory dock is a one-line handle until the focused paragraph has matches; then it shows the count and opens", async ({ page, documentPage, seedDocument }) => {
  test.setTimeout(60_000);
  const stamp = Date.now();
  const first = `第${stamp}号通知：市民服务中心下周一起延长办公时间。`;
  const translation = `Notice ${stamp}: the citizen service centre will stay open longer from next Monday.`;
  const translated = seedDocument(`${first}\n办理业务请携带身份证。`, `Phone memory source ${stamp}`);
  const other = seedDocument(`${first}\n小明把书包忘在了教室里，只好跑回去拿。`, `Phone memory target ${stamp}`);
  const dock = page.getByRole("region", { name: "Translation memory" });
  const handleHeight = async () => (await dock.boundingBox())!.height;

  await documentPage.goto(translated);
  await documentPage.target(1).tap();
  await page.keyboard.type(translation);
  await documentPage.target(1).press("Control+Enter");
  await documentPage.expectSaved();

  await documentPage.goto(other);
  expect(await handleHeight(), "a one-line handle before any paragraph is focused").toBeLessThanOrEqual(HANDLE_MAX_HEIGHT);
  await documentPage.target(2).tap();
  await expect(dock).toContainText(/no matches/i);
  expect(await handleHeight(), "a one-line handle when there are no matches").toBeLessThanOrEqual(HANDLE_MAX_HEIGHT);
  const open = dock.getByRole("button", { name: "Show matches" });
  await expect(open).toHaveCount(0);

  await documentPage.target(1).tap();
  await expect(dock).toContainText("1 match");
  expect(await handleHeight(), "still a handle: matches do not cover the text by themselves").toBeLessThanOrEqual(HANDLE_MAX_HEIGHT);
  await expect(open).toHaveAttribute("aria-expanded", "false");
  await open.tap();
  const matches = dock.getByRole("list", { name: "Memory matches for paragraph 1" });
  await expect(matches.getByRole("listitem")).toHaveCount(1);
  await expect(matches).toContainText(translation);
  await expect(matches.getByRole("button", { name: "Insert match 1" })).toBeInViewport();
  await matches.getByRole("button", { name: "Insert match 1" }).tap();
  await expect(documentPage.target(1)).toHaveValue(translation);

  await dock.getByRole("button", { name: "Hide matches" }).tap();
  await expect(matches).toBeHidden();
  expect(await handleHeight(), "closed again: a handle").toBeLessThanOrEqual(HANDLE_MAX_HEIGHT);
});
