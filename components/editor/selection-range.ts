import { codePointLength } from "@/lib/core/text/code-points";
import { isPinyinColumn, offsetInColumn } from "./pinyin-column";

// Runs drawn by SourceText carry their view offset in data-v; these turn DOM positions into view
// offsets (code points) the offset map can take back to the stored source.

/** The view offset of a DOM position inside a SourceText container, or null when it is outside. */
export function viewOffsetAt(container: HTMLElement, node: Node, offset: number): number | null {
  if (!container.contains(node)) return null;
  const element = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>("[data-v]");
  if (!element || !container.contains(element)) {
    // Between runs: the container itself, counted by the runs before the offset.
    if (node !== container && !container.contains(node)) return null;
    const runs = [...container.querySelectorAll<HTMLElement>(":scope > [data-v]")];
    return runs.length === 0 ? 0 : offset >= runs.length ? lengthOfRuns(runs) : Number(runs[offset]?.dataset.v ?? 0);
  }
  const base = Number(element.dataset.v);
  if (isPinyinColumn(element)) return base + offsetInColumn(element, node, offset);
  if (node.nodeType !== Node.TEXT_NODE) return offsetBetween(node as Element, offset) ?? base + (offset > 0 ? codePointLength(element.textContent ?? "") : 0);
  return base + codePointLength((node as Text).data.slice(0, offset));
}

/** A position between the children of an element that holds runs: the start of the next run, else the end of the last. */
function offsetBetween(parent: Element, offset: number): number | null {
  const runs = leafRuns(parent);
  if (runs.length === 0) return null;
  const next = parent.childNodes[offset];
  const following = next && runs.find((run) => next === run || next.contains(run) || next.compareDocumentPosition(run) & Node.DOCUMENT_POSITION_FOLLOWING);
  return following ? Number(following.dataset.v) : lengthOfRuns(runs);
}

function lengthOfRuns(runs: HTMLElement[]): number {
  const last = runs[runs.length - 1];
  return Number(last.dataset.v) + (isPinyinColumn(last) ? 1 : codePointLength(last.textContent ?? ""));
}

/** The selection inside a SourceText container as view offsets [start, end), or null if empty or elsewhere. */
export function selectionViewRange(container: HTMLElement): [number, number] | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = viewOffsetAt(container, range.startContainer, range.startOffset);
  const end = viewOffsetAt(container, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return [start, end];
}

/** The view offset of the character under a point, or null when the point is not on the text. */
export function viewOffsetAtPoint(container: HTMLElement, x: number, y: number): number | null {
  const doc = container.ownerDocument as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  const position = doc.caretPositionFromPoint?.(x, y);
  const range = position ? null : doc.caretRangeFromPoint?.(x, y);
  const node = position?.offsetNode ?? range?.startContainer;
  let offset = position?.offset ?? range?.startOffset ?? 0;
  if (!node || node.nodeType !== Node.TEXT_NODE) return null;
  // The caret lands before or after the character; take the one whose box holds the point.
  const text = node as Text;
  const probe = doc.createRange();
  for (const candidate of [offset, offset - 1]) {
    if (candidate < 0 || candidate >= text.data.length) continue;
    probe.setStart(text, candidate);
    probe.setEnd(text, Math.min(text.data.length, candidate + (text.data.codePointAt(candidate)! > 0xffff ? 2 : 1)));
    const box = probe.getBoundingClientRect();
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) {
      offset = candidate;
      return viewOffsetAt(container, text, offset);
    }
  }
  return null;
}

/** The innermost runs of a SourceText container, in order (a pinyin column inside a mark is the column). */
function leafRuns(container: Element): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>("[data-v]")].filter((run) => !run.querySelector("[data-v]"));
}

/** The DOM position of a view offset: before the character at that offset, or at the very end. */
function domPosition(runs: HTMLElement[], offset: number): { node: Node; offset: number } | null {
  for (const run of runs) {
    const base = Number(run.dataset.v);
    if (isPinyinColumn(run)) {
      if (offset === base) return { node: run.parentNode!, offset: [...run.parentNode!.childNodes].indexOf(run) };
      continue;
    }
    const text = [...run.childNodes].find((child): child is Text => child.nodeType === Node.TEXT_NODE);
    if (!text) continue;
    const chars = [...text.data];
    if (offset >= base && offset < base + chars.length) {
      return { node: text, offset: chars.slice(0, offset - base).join("").length };
    }
  }
  const last = runs[runs.length - 1];
  return last ? { node: last, offset: last.childNodes.length } : null;
}

/** The number of characters (code points) a SourceText container shows. */
export function viewLength(container: HTMLElement): number {
  const runs = leafRuns(container);
  return runs.length === 0 ? 0 : lengthOfRuns(runs);
}

/** Selects the view offsets [start, end) of a SourceText container, for selecting with the keyboard. */
export function selectViewRange(container: HTMLElement, start: number, end: number): void {
  const runs = leafRuns(container);
  const from = domPosition(runs, start);
  const to = domPosition(runs, end);
  const selection = window.getSelection();
  if (!from || !to || !selection) return;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  selection.removeAllRanges();
  selection.addRange(range);
}
