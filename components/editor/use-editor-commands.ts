"use client";
import { useLayoutEffect, useMemo, useRef } from "react";
import { flushSync } from "react-dom";
import { mappedString, toSourceOffset } from "@/lib/core/convert/mapped-text";
import { nextWithStatus } from "@/lib/core/editor/segment-filter";
import type { ShortcutId } from "@/lib/core/editor/shortcuts";
import { suggestSplitOffset } from "@/lib/core/segment/split-segment";
import { statusAfterEdit } from "@/lib/core/status";
import { codePointLength } from "@/lib/core/text/code-points";
import type { EditorStore } from "./editor-store";
import type { RowCommands } from "./segment-row";
import { viewOf } from "./source-text";
import type { SplitRequest } from "./split-dialog";
import type { SourceView } from "./use-source-view";

type Live = {
  visible: readonly number[];
  numbers: ReadonlyMap<number, number>;
  view: SourceView;
  isApple: boolean;
};

type Callbacks = {
  scrollToIndex: (index: number) => void;
  openHelp: () => void;
  openHistory: (id: number) => void;
  openSplit: (request: SplitRequest) => void;
  join: (id: number) => void;
};

/**
 * The row commands (shortcuts, history, split, join) and focus moves. They read the current list
 * and view through a ref, so rows keep one stable set of commands and are not re-rendered for it.
 */
export function useEditorCommands(store: EditorStore, live: Live, callbacks: Callbacks) {
  const latest = useRef({ live, callbacks });
  useLayoutEffect(() => {
    latest.current = { live, callbacks };
  });
  const focusRequest = useRef<{ id: number; caret: number } | null>(null);

  return useMemo(() => {
    const focusRow = (id: number, caret?: number) => {
      const textarea = document.querySelector<HTMLTextAreaElement>(`textarea[data-segment-id="${id}"]`);
      const at = caret ?? store.row(id)?.draft.target.length ?? 0;
      if (textarea) {
        textarea.focus();
        textarea.setSelectionRange(at, at);
        return;
      }
      const index = latest.current.live.visible.indexOf(id);
      if (index < 0) return;
      focusRequest.current = { id, caret: at };
      latest.current.callbacks.scrollToIndex(index);
    };

    const move = (id: number, step: 1 | -1) => {
      const { visible } = latest.current.live;
      const next = visible[visible.indexOf(id) + step];
      if (next !== undefined) focusRow(next);
    };

    const mark = (id: number, status: "translated" | "reviewed") => {
      const row = store.row(id);
      if (row && row.draft.target.trim() !== "") store.edit(id, { target: row.draft.target, status }, { immediate: true });
    };

    const nextToTranslate = (id: number): number | null => {
      const { visible } = latest.current.live;
      const statuses = visible.map((other) => store.row(other)?.draft.status ?? "untranslated");
      const from = visible.indexOf(id);
      const next = nextWithStatus(statuses, from, "untranslated") ?? nextWithStatus(statuses, from, "draft");
      return next === null ? null : visible[next];
    };

    const copySource = (id: number, textarea: HTMLTextAreaElement) => {
      const row = store.row(id);
      if (!row) return;
      const text = mappedString(viewOf(row.segment.source, latest.current.live.view));
      const { selectionStart, selectionEnd, value } = textarea;
      const target = value.slice(0, selectionStart) + text + value.slice(selectionEnd);
      const caret = selectionStart + text.length;
      // Rendered at once, so the caret is placed before the next key arrives.
      flushSync(() => store.edit(id, { target, status: statusAfterEdit(row.draft.status, target) }, { caret }));
      textarea.setSelectionRange(caret, caret);
    };

    const onShortcut = (id: number, shortcut: ShortcutId, textarea: HTMLTextAreaElement) => {
      switch (shortcut) {
        case "markTranslated": {
          mark(id, "translated");
          const next = nextToTranslate(id);
          if (next !== null) focusRow(next);
          return;
        }
        case "markReviewed":
          mark(id, "reviewed");
          return move(id, 1);
        case "next":
          return move(id, 1);
        case "previous":
          return move(id, -1);
        case "undo":
        case "redo": {
          const state = flushSync(() => store.step(id, shortcut));
          if (state) textarea.setSelectionRange(state.caret, state.caret);
          return;
        }
        case "copySource":
          return copySource(id, textarea);
        case "help":
          return latest.current.callbacks.openHelp();
      }
    };

    const onSplit = (id: number, viewCaret: number | null) => {
      const row = store.row(id);
      if (!row) return;
      const { source } = row.segment;
      const pointed = viewCaret === null ? 0 : toSourceOffset(viewOf(source, latest.current.live.view), viewCaret);
      const at = pointed > 0 && pointed < codePointLength(source) ? pointed : suggestSplitOffset(source);
      const n = latest.current.live.numbers.get(id) ?? 0;
      latest.current.callbacks.openSplit({ id, n, source, target: row.draft.target, at });
    };

    const commands: RowCommands = {
      onShortcut,
      onHistory: (id) => latest.current.callbacks.openHistory(id),
      onSplit,
      onJoin: (id) => latest.current.callbacks.join(id),
      takeFocus: (id) => {
        if (focusRequest.current?.id !== id) return null;
        const { caret } = focusRequest.current;
        focusRequest.current = null;
        return caret;
      },
      get isApple() {
        return latest.current.live.isApple;
      },
    };
    return { commands, focusRow };
  }, [store]);
}
