import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DocumentPage } from "./pages/document-page";

// 装 zhuàng, 双 shuāng, 窗 chuāng, 幢 zhuàng: syllables far wider than their character.
const TEXT =
  "战场没有硝烟，双创窗口装了一幢壮观的房子。社区的志愿者每天早上七点出发，Wi-Fi 2.0 版本照常运行；大家说：“辛苦了！”隨州市城管執法委全員戰疫。";

type Box = { x: number; y: number; width: number; height: number };
type Column = { char: string; v: number; syllable: string; charBox: Box; syllableBox: Box };

/** Each Han character of a source with pinyin on: its own box and the box of the syllable drawn over it. */
async function columnsOf(source: Locator): Promise<Column[]> {
  return source.evaluate((element) => {
    const box = (rect: DOMRect) => ({ x: rect.x, y: rect.y, width: rect.width, height: rect.height });
    return [...element.querySelectorAll<HTMLElement>("rt, .pinyin-syllable")].map((syllable) => {
      const column = syllable.closest<HTMLElement>("[data-v]")!;
      const walker = document.createTreeWalker(column, NodeFilter.SHOW_TEXT);
      let text: Text | null = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!syllable.contains(node) && !node.parentElement!.closest("rp") && (node as Text).data.trim()) text = node as Text;
      }
      const range = document.createRange();
      range.selectNodeContents(text!);
      return { char: text!.data, v: Number(column.dataset.v), syllable: syllable.textContent ?? "", charBox: box(range.getBoundingClientRect()), syllableBox: box(syllable.getBoundingClientRect()) };
    });
  });
}

/** The box of the first occurrence of `char` in text outside the columns (punctuation, Latin letters). */
async function plainCharBox(source: Locator, char: string): Promise<Box> {
  return source.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0 || node.parentElement!.closest("rt, .pinyin-syllable")) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }
    throw new Error(`${wanted} not found`);
  }, char);
}

/** Closing punctuation that starts a line, or opening punctuation that ends one (as "prev|char"). */
async function strandedPunctuation(source: Locator): Promise<string[]> {
  return source.evaluate((element) => {
    const chars: { char: string; bottom: number }[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement!.closest("rt, rp, .pinyin-syllable")) continue;
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        chars.push({ char: node.data[i], bottom: range.getBoundingClientRect().bottom });
      }
    }
    const stranded: string[] = [];
    for (let i = 1; i < chars.length; i++) {
      const [before, char] = [chars[i - 1], chars[i]];
      if (Math.abs(before.bottom - char.bottom) < 4) continue;
      if (/[\p{Pe}\p{Pf}\p{Po}]/u.test(char.char) || /[\p{Ps}\p{Pi}]/u.test(before.char)) stranded.push(`${before.char}|${char.char}`);
    }
    return stranded;
  });
}

const centreX = (box: Box) => box.x + box.width / 2;
const sameLine = (a: Box, b: Box) => Math.abs(a.y + a.height - (b.y + b.height)) < 4;

async function pinyinOn(page: Page, source: Locator): Promise<void> {
  // On a phone the switch is in the Tools menu, closed again after.
  const documentPage = new DocumentPage(page);
  await documentPage.openTools();
  await page.getByRole("switch", { name: "Pinyin" }).click();
  if (await documentPage.toolsButton.isVisible()) await page.keyboard.press("Escape");
  await expect(source.getByText("zhuàng").first()).toBeVisible();
}

test("pinyin: each syllable centred over its own character, no collisions, lines wrap, a mouse drag annotates the characters under it", async ({ documentPage, page, seedDocument }) => {
  test.slow(); // measures every character's box several times: slow on a loaded machine
  await page.setViewportSize({ width: 1280, height: 800 });
  const id = seedDocument(`${TEXT}\n第二段。`);
  await documentPage.goto(id);
  const source = documentPage.row(1).locator(".source-text");
  await pinyinOn(page, source);

  await test.step("every syllable is centred over its own character, and neighbours keep apart", async () => {
    const columns = await columnsOf(source);
    expect(columns.map((column) => column.char).join("")).toBe([...TEXT].filter((char) => /\p{Script=Han}/u.test(char)).join(""));
    const offCentre = columns
      .filter((column) => Math.abs(centreX(column.syllableBox) - centreX(column.charBox)) > 2)
      .map((column) => `${column.syllable} over ${column.char}: ${(centreX(column.syllableBox) - centreX(column.charBox)).toFixed(1)} px`);
    expect(offCentre, "syllables not centred over their character").toEqual([]);
    const below = columns.filter((column) => column.syllableBox.y + column.syllableBox.height > column.charBox.y + column.charBox.height / 2);
    expect(below.map((column) => column.syllable), "syllables not above their character").toEqual([]);
    const touching: string[] = [];
    for (let i = 1; i < columns.length; i++) {
      const [before, after] = [columns[i - 1], columns[i]];
      if (!sameLine(before.charBox, after.charBox) || after.v !== before.v + 1) continue;
      const gap = after.syllableBox.x - (before.syllableBox.x + before.syllableBox.width);
      if (gap < 2) touching.push(`${before.syllable}|${after.syllable}: ${gap.toFixed(1)} px`);
    }
    expect(touching, "neighbouring syllables run together").toEqual([]);
  });

  await test.step("characters are evenly spaced where no syllable is wider than a column's minimum", async () => {
    const columns = await columnsOf(source);
    const steps: number[] = [];
    for (let i = 1; i < columns.length; i++) {
      const [before, after] = [columns[i - 1], columns[i]];
      // A syllable up to 1.3 times as wide as its character fits the column's minimum width.
      const isShort = (column: Column) => column.syllableBox.width <= column.charBox.width * 1.3;
      if (sameLine(before.charBox, after.charBox) && after.v === before.v + 1 && isShort(before) && isShort(after)) steps.push(centreX(after.charBox) - centreX(before.charBox));
    }
    expect(steps.length).toBeGreaterThan(10);
    expect(Math.max(...steps) - Math.min(...steps), `steps between characters: ${steps.map(Math.round).join(" ")}`).toBeLessThanOrEqual(1.5);
  });

  await test.step("punctuation and Latin text sit on the characters' baseline, and no line starts with a comma", async () => {
    expect(await strandedPunctuation(source)).toEqual([]);
    const columns = await columnsOf(source);
    const before = (char: string) => columns.find((column) => column.char === char)!.charBox;
    const comma = await plainCharBox(source, "，");
    expect(Math.abs(comma.y + comma.height - (before("烟").y + before("烟").height))).toBeLessThanOrEqual(2);
    const latin = await plainCharBox(source, "Wi-Fi");
    const ban = before("版");
    expect(latin.y + latin.height / 2).toBeGreaterThan(ban.y);
    expect(latin.y + latin.height / 2).toBeLessThan(ban.y + ban.height);
  });

  await test.step("a mouse drag over 没有硝 opens Annotate with exactly those characters", async () => {
    const columns = await columnsOf(source);
    const first = columns.find((column) => column.char === "没")!.charBox;
    const last = columns.find((column) => column.char === "硝")!.charBox;
    const y = first.y + first.height / 2;
    await page.mouse.move(first.x + 2, y);
    await page.mouse.down();
    for (let x = first.x + 2; x < last.x + last.width - 2; x += 6) await page.mouse.move(x, y);
    await page.mouse.move(last.x + last.width - 2, y);
    await page.mouse.up();
    const dialog = page.getByRole("dialog", { name: "Annotate" });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator(".annotate-quote")).toHaveText(/^没有硝\s/);
    await expect(dialog.getByRole("textbox", { name: "Pinyin" })).toHaveValue("méi yǒu xiāo");
    await dialog.getByRole("textbox", { name: "Gloss" }).fill("without the smoke of");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step("the annotation is drawn around the three columns; copying the selection gives no pinyin", async () => {
    const mark = source.locator("mark.annotation");
    await expect(mark).toHaveCount(1);
    const box = (await mark.boundingBox())!;
    const columns = await columnsOf(source);
    for (const char of ["没", "有", "硝"]) {
      const charBox = columns.find((column) => column.char === char)!.charBox;
      expect(centreX(charBox)).toBeGreaterThan(box.x);
      expect(centreX(charBox)).toBeLessThan(box.x + box.width);
    }
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? "");
    expect(selected).not.toMatch(/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
  });

  await test.step("conversion review marks underline the characters of their columns, not the syllables", async () => {
    await page.getByRole("button", { name: "Review conversion" }).click();
    const marked = source.locator("mark.conversion .pinyin-char").first();
    await expect(marked).toBeVisible();
    await expect(marked).toHaveCSS("text-decoration-line", "underline");
    await expect(source.locator("mark.conversion .pinyin-syllable").first()).toHaveCSS("text-decoration-line", "none");
  });
});

test("pinyin at 390×844: lines wrap inside the window, no horizontal scroll, syllables still over their characters", async ({ documentPage, page, seedDocument }) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  const id = seedDocument(`${TEXT}\n第二段。`);
  await documentPage.goto(id);
  const source = documentPage.row(1).locator(".source-text");
  await pinyinOn(page, source);

  const columns = await columnsOf(source);
  const lines = new Set(columns.map((column) => Math.round(column.charBox.y)));
  expect(lines.size, "the paragraph wraps onto several lines").toBeGreaterThan(3);
  for (const column of columns) {
    expect(column.syllableBox.x).toBeGreaterThanOrEqual(0);
    expect(column.syllableBox.x + column.syllableBox.width).toBeLessThanOrEqual(390);
    expect(Math.abs(centreX(column.syllableBox) - centreX(column.charBox)), `${column.syllable} over ${column.char}`).toBeLessThanOrEqual(2);
  }
  expect(await strandedPunctuation(source), "punctuation parted from its character by a line break").toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const sourceOverflow = await source.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(sourceOverflow).toBeLessThanOrEqual(0);
});

test("tone colours: each syllable in its tone's colour, remembered after a reload, contrast enough for axe", async ({ documentPage, page, seedDocument }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const id = seedDocument("双创窗口装了一幢房子吗");
  await documentPage.goto(id);
  const source = documentPage.row(1).locator(".source-text");
  await pinyinOn(page, source);
  const syllable = (text: string) => source.locator(".pinyin-syllable", { hasText: new RegExp(`^${text}$`) }).first();
  const plain = await syllable("zhuàng").evaluate((element) => getComputedStyle(element).color);

  await page.getByRole("switch", { name: "Tone colours" }).click();
  // 双 shuāng 1, 房 fáng 2, 口 kǒu 3, 装 zhuàng 4, 吗 ma neutral.
  await expect(syllable("shuāng")).toHaveCSS("color", "rgb(192, 57, 43)");
  await expect(syllable("fáng")).toHaveCSS("color", "rgb(165, 82, 0)");
  await expect(syllable("kǒu")).toHaveCSS("color", "rgb(30, 123, 52)");
  await expect(syllable("zhuàng")).toHaveCSS("color", "rgb(31, 95, 191)");
  await expect(syllable("ma")).toHaveCSS("color", "rgb(87, 96, 106)");
  const { violations } = await new AxeBuilder({ page }).include(".segment-source").withRules(["color-contrast"]).analyze();
  expect(violations).toEqual([]);

  await page.reload();
  await expect(syllable("zhuàng")).toHaveCSS("color", "rgb(31, 95, 191)");
  await page.getByRole("switch", { name: "Tone colours" }).click();
  await expect(syllable("zhuàng")).toHaveCSS("color", plain);
});
