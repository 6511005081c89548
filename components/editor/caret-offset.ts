import { codePointLength } from "@/lib/core/text/code-points";
import { isPinyinColumn, offsetInColumn } from "./pinyin-column";

/**
 * Where the selection's caret is in a SourceText, as an offset into the view it draws (code points),
 * or null when the caret is elsewhere. Runs carry their view offset in data-v.
 */
export function caretViewOffset(container: HTMLElement): number | null {
  const selection = window.getSelection();
  const node = selection?.focusNode;
  if (!selection || !node || !container.contains(node)) return null;
  const element = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>("[data-v]");
  if (!element || !container.contains(element)) return null;
  const base = Number(element.dataset.v);
  if (isPinyinColumn(element)) return base + offsetInColumn(element, node, selection.focusOffset);
  if (node.nodeType !== Node.TEXT_NODE) return base;
  return base + codePointLength((node as Text).data.slice(0, selection.focusOffset));
}
