"use client";
import { useCallback, useRef, type RefObject } from "react";
import type { EditorStore } from "./editor-store";
import type { SegmentListHandle } from "./segment-list";
import { textareaOf } from "./target-edits";

/**
 * Moves the cursor to a paragraph's translation box: at once when its row is drawn, else the list
 * scrolls to it and the row takes the focus when it mounts (`takeFocus`, called by the row).
 */
export function useFocusRow(store: EditorStore, visible: readonly number[], list: RefObject<SegmentListHandle | null>) {
  const request = useRef<{ id: number; caret: number } | null>(null);

  const focusRow = useCallback(
    (id: number, caret?: number) => {
      const textarea = textareaOf(id);
      const at = caret ?? store.row(id)?.draft.target.length ?? 0;
      if (textarea) {
        textarea.focus();
        textarea.setSelectionRange(at, at);
        return;
      }
      const index = visible.indexOf(id);
      if (index < 0) return;
      request.current = { id, caret: at };
      list.current?.scrollToIndex(index);
    },
    [store, visible, list],
  );

  const takeFocus = useCallback((id: number) => {
    if (request.current?.id !== id) return null;
    const { caret } = request.current;
    request.current = null;
    return caret;
  }, []);

  return { focusRow, takeFocus };
}
