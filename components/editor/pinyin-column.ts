// With pinyin on, each Han character is drawn as a column (pinyinRun): the column carries
// the character's view offset in data-v, its syllable (not selectable, hidden from screen readers)
// sits above the character.

export const PINYIN_COLUMN = "pinyin-column";
export const PINYIN_SYLLABLE = "pinyin-syllable";
export const PINYIN_CHAR = "pinyin-char";
/** A column with the punctuation that may not be parted from it, kept on one line. */
export const PINYIN_KEEP = "pinyin-keep";

export const isPinyinColumn = (element: Element) => element.classList.contains(PINYIN_COLUMN);

/** Whether a DOM position inside a column is after its character (1) or before it (0); the syllable counts as before. */
export function offsetInColumn(column: HTMLElement, node: Node, offset: number): 0 | 1 {
  if (column.querySelector(`.${PINYIN_SYLLABLE}`)?.contains(node)) return 0;
  if (node === column) return offset >= column.childNodes.length ? 1 : 0;
  return offset > 0 ? 1 : 0;
}
