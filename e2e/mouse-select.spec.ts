import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { charsBox, drag } from "./mouse";
import type { DocumentPage } from "./pages/document-page";

// Selecting source text with the real mouse, as people do: a drag across characters of a paragraph
// in the lower part of the window, with the memory dock open at the bottom.

const HEADING = "戰疫一線的城管隊員";
const WORD = "沒有硝煙";
const PARAGRAPHS = Array.from({ length: 24 }, (_, i) => `第${i + 1}段：這是一場${WORD}的戰爭，隊員們日夜堅守在社區卡口，守護著城市的平安。`);
const TEXT = [HEADING, ...PARAGRAPHS].join("\n");
const SHOTS = process.env.SHOTS_DIR;

const dockOf = (page: Page) => page.getByRole("region", { name: "Translation memory" });

/** Opens the memory dock's list if it is folded (on a phone it opens only once there are matches). */
async function openDock(page: Page): Promise<void> {
  const body = dockOf(page).locator(".memory-dock-body");
  const toggle = dockOf(page).getByRole("button", { expanded: false });
  await expect(body.or(toggle)).toBeVisible();
  if (await toggle.isVisible()) await toggle.click();
  await expect(body).toBeVisible();
}

async function dockTop(page: Page): Promise<number> {
  return (await dockOf(page).boundingBox())!.y;
}

/** Translates paragraph 2, so every other paragraph (one number apart) has a memory match in the dock. */
async function fillMemory(page: Page, documentPage: DocumentPage): Promise<void> {
  await documentPage.target(2).fill("This is a war without gunsmoke.");
  await documentPage.target(2).press("Control+Enter");
  await documentPage.expectSaved();
  await openDock(page);
  await expect(dockOf(page).getByRole("listitem").first()).toContainText("This is a war without gunsmoke.");
}

/**
 * Scrolls with the mouse wheel until the word of some paragraph sits in the lower part of the window,
 * less than 100 px above the dock (a wheel step is 20 px), and returns that paragraph's number.
 */
async function paragraphInLowerPart(page: Page): Promise<number> {
  const height = page.viewportSize()!.height;
  for (let tries = 0; tries < 80; tries++) {
    const top = await dockTop(page);
    const found = await page.evaluate(
      ([word, low, high]) => {
        for (const row of document.querySelectorAll<HTMLElement>(".segment-row")) {
          const source = row.querySelector<HTMLElement>(".source-text")!;
          const text = source.firstChild ? source.textContent ?? "" : "";
          const at = text.indexOf(word);
          const node = document.createTreeWalker(source, NodeFilter.SHOW_TEXT).nextNode() as Text | null;
          if (at < 0 || !node || node.data.indexOf(word) !== at) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          const box = range.getBoundingClientRect();
          if (box.top >= low && box.bottom <= high) return Number(/\d+/.exec(row.querySelector("textarea")!.getAttribute("aria-label")!)![0]);
        }
        return null;
      },
      [WORD, Math.max(height * 0.45, top - 100), top - 12] as const,
    );
    if (found !== null) return found;
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.move(20, 300);
    await page.mouse.wheel(0, 20);
    await expect.poll(() => page.evaluate(() => window.scrollY)).not.toBe(before);
  }
  throw new Error("no paragraph could be brought to the lower part of the window");
}

/** Drags across WORD in paragraph n; the page must stay put and the Annotate dialog show exactly WORD. */
async function dragAcrossWord(page: Page, documentPage: DocumentPage, n: number): Promise<void> {
  const source = documentPage.row(n).locator(".source-text");
  const at = [...PARAGRAPHS[n - 2]].indexOf(WORD[0]);
  const first = await charsBox(source, at, at + 1);
  const last = await charsBox(source, at + WORD.length - 1, at + WORD.length);
  const scrollY = await page.evaluate(() => window.scrollY);
  await drag(page, first, last);
  const dialog = page.getByRole("dialog", { name: "Annotate" });
  await expect(dialog, "a drag in the lower part of the window opens the Annotate dialog").toBeVisible();
  await expect(dialog.locator(".annotate-quote")).toHaveText(new RegExp(`^${WORD}\\s`));
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollY), "the page did not scroll while dragging").toBeLessThanOrEqual(3);
  // The hover card would come 250 ms after the last move: none may be left over from the drag.
  await page.waitForTimeout(700);
  await expect(page.getByRole("tooltip", { name: "Dictionary" })).toHaveCount(0);
}

for (const size of [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
]) {
  test(`${size.name} ${size.width}×${size.height}: a mouse drag in a lower paragraph with the dock open selects exactly the dragged characters`, async ({ page, documentPage, seedDocument }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(size);
    await documentPage.goto(seedDocument(TEXT));
    await fillMemory(page, documentPage);
    const n = await paragraphInLowerPart(page);

    await dragAcrossWord(page, documentPage, n);
    const dialog = page.getByRole("dialog", { name: "Annotate" });
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/annotate-drag-${size.width}.png` });

    await test.step("the dialog's buttons are touch-sized", async () => {
      for (const name of ["Cancel", "Save"]) {
        const box = (await dialog.getByRole("button", { name, exact: true }).boundingBox())!;
        expect(box.width, `${name} width`).toBeGreaterThanOrEqual(size.name === "phone" ? 44 : 24);
        expect(box.height, `${name} height`).toBeGreaterThanOrEqual(size.name === "phone" ? 44 : 24);
      }
    });

    await test.step("save: the annotation marks exactly the dragged characters", async () => {
      await dialog.getByRole("textbox", { name: "Gloss" }).fill("without gunsmoke");
      await dialog.getByRole("button", { name: "Save" }).click();
      await expect(dialog).toBeHidden();
      await expect(documentPage.row(n).locator("mark[data-annotation-id]")).toHaveText(WORD);
    });

    await test.step("the row's buttons are touch-sized", async () => {
      const row = documentPage.row(n);
      for (const target of [
        row.getByRole("button", { name: `History of paragraph ${n}` }),
        row.getByRole("button", { name: `Split paragraph ${n}` }),
        row.getByRole("button", { name: `Join paragraph ${n} with the next` }),
        row.getByRole("combobox", { name: `Status of paragraph ${n}` }),
      ]) {
        const box = (await target.boundingBox())!;
        expect(box.width, `${await target.getAttribute("aria-label")} width`).toBeGreaterThanOrEqual(24);
        expect(box.height, `${await target.getAttribute("aria-label")} height`).toBeGreaterThanOrEqual(24);
      }
    });
  });
}

test("a drag that starts on a heading's first character selects from there", async ({ page, documentPage, seedDocument }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await documentPage.goto(seedDocument(TEXT));
  await expect(documentPage.row(1)).toHaveAttribute("data-kind", "heading");
  const source = documentPage.row(1).locator(".source-text");
  await drag(page, await charsBox(source, 0, 1), await charsBox(source, 3, 4));
  const dialog = page.getByRole("dialog", { name: "Annotate" });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(".annotate-quote")).toHaveText(new RegExp(`^${HEADING.slice(0, 4)}\\s`));
});

test("a drag closes the dictionary card and leaves none behind", async ({ page, documentPage, seedDocument }) => {
  // A tall window: paragraph 2 is in its upper part, where a drag never scrolled.
  await page.setViewportSize({ width: 1280, height: 1100 });
  await documentPage.goto(seedDocument(TEXT));
  const source = documentPage.row(2).locator(".source-text");
  const at = [...PARAGRAPHS[0]].indexOf(WORD[0]);
  const first = await charsBox(source, at, at + 1);
  const last = await charsBox(source, at + WORD.length - 1, at + WORD.length);
  const card = page.getByRole("tooltip", { name: "Dictionary" });
  await page.mouse.move(first.left + 4, (first.top + first.bottom) / 2);
  await expect(card, "resting on a word shows its card").toBeVisible();
  await drag(page, first, last);
  await expect(page.getByRole("dialog", { name: "Annotate" }).locator(".annotate-quote")).toHaveText(new RegExp(`^${WORD}\\s`));
  await page.waitForTimeout(700);
  await expect(card).toHaveCount(0);
});

test("with the dock open, the translation box moved to with Alt+↓ and typed in stays above the dock", async ({ page, documentPage, seedDocument }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await documentPage.goto(seedDocument(TEXT));
  await fillMemory(page, documentPage);
  const clearOfDock = async (n: number) => {
    await expect(documentPage.target(n)).toBeFocused();
    await expect(dockOf(page).getByRole("list", { name: `Memory matches for paragraph ${n}` })).toBeVisible();
    // The caret's line, at the bottom of the box, must not be under the dock.
    await expect.poll(async () => (await documentPage.target(n).boundingBox())!.y + (await documentPage.target(n).boundingBox())!.height - 12 - (await dockTop(page))).toBeLessThanOrEqual(0);
  };
  for (let n = 4; n <= 12; n++) {
    await page.keyboard.press("Alt+ArrowDown");
    await clearOfDock(n);
  }
  for (let line = 0; line < 6; line++) await page.keyboard.type(`Line ${line} of a long translation.\n`);
  await clearOfDock(12);
});

test("a drag inside a translation box in the lower part of the window selects its words without scrolling", async ({ page, documentPage, seedDocument }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await documentPage.goto(seedDocument(TEXT));
  await fillMemory(page, documentPage);
  const n = await paragraphInLowerPart(page);
  const box = documentPage.target(n);
  await box.click();
  await page.keyboard.type("Residents were asked to stay at home and keep calm.");
  // Bring the box back just above the dock with the wheel, as a reader would.
  for (let tries = 0; ; tries++) {
    const { y } = (await box.boundingBox())!;
    const top = await dockTop(page);
    if (y >= top - 70 && y <= top - 50) break;
    if (tries > 60) throw new Error("the box could not be brought above the dock");
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.move(20, 300);
    await page.mouse.wheel(0, y > top - 50 ? 20 : -20);
    await expect.poll(() => page.evaluate(() => window.scrollY)).not.toBe(before);
  }
  const rect = (await box.boundingBox())!;
  const scrollY = await page.evaluate(() => window.scrollY);
  await page.mouse.move(rect.x + 12, rect.y + 22);
  await page.mouse.down();
  await page.mouse.move(rect.x + 260, rect.y + 22, { steps: 16 });
  await page.mouse.up();
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollY), "the page did not scroll while dragging").toBeLessThanOrEqual(3);
  const selected = await box.evaluate((element: HTMLTextAreaElement) => element.value.slice(element.selectionStart, element.selectionEnd));
  expect(selected).toMatch(/^Residents were asked/);
});
