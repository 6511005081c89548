import { flushSync } from "react-dom";
import { statusAfterEdit } from "@/lib/core/status";
import type { EditorStore } from "./editor-store";

/**
 * Puts `text` in place of the selection of a paragraph's translation box, as one edit, rendered at
 * once so the caret is placed before the next key arrives. `isSpaced`: a word (a term, a match) gets
 * a space before it when it would touch the text before; a tag or a copied source goes in exactly.
 */
export function insertAtCaret(store: EditorStore, id: number, textarea: HTMLTextAreaElement, text: string, options: { isSpaced?: boolean } = {}): void {
  const row = store.row(id);
  if (!row) return;
  const { selectionStart, selectionEnd, value } = textarea;
  const before = value.slice(0, selectionStart);
  const inserted = options.isSpaced && before !== "" && !/\s$/.test(before) ? ` ${text}` : text;
  const target = before + inserted + value.slice(selectionEnd);
  const caret = selectionStart + inserted.length;
  flushSync(() => store.edit(id, { target, status: statusAfterEdit(row.draft.status, target) }, { caret }));
  textarea.focus();
  textarea.setSelectionRange(caret, caret);
}

export const textareaOf = (id: number) => document.querySelector<HTMLTextAreaElement>(`textarea[data-segment-id="${id}"]`);
