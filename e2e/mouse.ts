import type { Locator, Page } from "@playwright/test";

// Pointing at characters of a source paragraph and dragging across them with the real mouse.

export type Box = { left: number; right: number; top: number; bottom: number };

/** The box of the characters [start, end) (code points) of a source paragraph as drawn: where to point, not what to select. */
export function charsBox(source: Locator, start: number, end: number): Promise<Box> {
  return source.evaluate(
    (element, [from, to]) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.parentElement?.closest("rt, .pinyin-syllable")) continue;
        const chars = [...node.data];
        const at = (offset: number) => chars.slice(0, offset - seen).join("").length;
        if (from >= seen && from < seen + chars.length) range.setStart(node, at(from));
        if (to > seen && to <= seen + chars.length) range.setEnd(node, at(to));
        seen += chars.length;
      }
      const { left, right, top, bottom } = range.getBoundingClientRect();
      return { left, right, top, bottom };
    },
    [start, end] as const,
  );
}

/** Presses at the left edge of the first box, moves in small steps to the right edge of the last, releases. */
export async function drag(page: Page, from: Box, to: Box): Promise<void> {
  await page.mouse.move(from.left + 1, (from.top + from.bottom) / 2);
  await page.mouse.down();
  await page.mouse.move(to.right - 1, (to.top + to.bottom) / 2, { steps: 16 });
  await page.mouse.up();
}

/** Drags the real mouse across the first occurrence of text in a source paragraph (as drawn, without pinyin). */
export async function dragAcross(page: Page, source: Locator, text: string): Promise<void> {
  const shown = await source.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let all = "";
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!node.parentElement?.closest("rt, .pinyin-syllable")) all += node.data;
    }
    return all;
  });
  const at = [...shown.slice(0, shown.indexOf(text))].length;
  if (shown.indexOf(text) < 0) throw new Error(`${text} is not in ${shown}`);
  const length = [...text].length;
  await drag(page, await charsBox(source, at, at + 1), await charsBox(source, at + length - 1, at + length));
}
