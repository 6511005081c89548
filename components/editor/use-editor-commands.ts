"use client";
import { useLayoutEffect, useMemo, useRef } from "react";
import { flushSync } from "react-dom";
import { mappedString, toSourceOffset } from "@/lib/core/convert/mapped-text";
import { nextMissingTag } from "@/lib/core/editor/next-missing-tag";
import { nextWithStatus } from "@/lib/core/editor/segment-filter";
import type { ShortcutId } from "@/lib/core/editor/shortcuts";
import { suggestSplitOffset } from "@/lib/core/segment/split-segment";
import { statusAfterEdit } from "@/lib/core/status";
import { codePointLength, sliceCodePoints } from "@/lib/core/text/code-points";
import type { EditorStore } from "./editor-store";
import type { RowCommands } from "./segment-row";
import type { GlossaryIssue } from "@/lib/core/glossary/find-glossary-issues";
import { checkTermConsistency } from "@/lib/core/qa/check-term-consistency";
import type { MemoryMatch } from "@/lib/core/memory/memory-types";
import type { RowMarks } from "./row-marks";
import { selectionViewRange, viewOffsetAtPoint } from "./selection-range";
import { viewOf } from "./source-text";
import type { SplitRequest } from "./split-dialog";
import type { SourceView } from "./use-source-view";
import { isHan } from "@/lib/core/text/char-classes";

type Live = {
  rowMarks: RowMarks;
  visible: readonly number[];
  numbers: ReadonlyMap<number, number>;
  view: SourceView;
  isApple: boolean;
  /** The memory matches shown, and the paragraph they are for. */
  matches: { segmentId: number; matches: readonly MemoryMatch[] } | null;
};

type Callbacks = {
  scrollToIndex: (index: number) => void;
  openHelp: () => void;
  openHistory: (id: number) => void;
  openSplit: (request: SplitRequest) => void;
  join: (id: number) => void;
  /** The translator selected a span of a paragraph's source: [start, end) in code points of the stored source. */
  annotate: (request: { segmentId: number; n: number; start: number; end: number; text: string }) => void;
  /** Look a word up from the text as shown at the pointer (or selection); null point: under the selection. */
  lookup: (text: string, point: { x: number; y: number }) => void;
  /** Closes the dictionary card and drops a look-up still on its way. */
  closeLookup: () => void;
  /** The translator clicked a paragraph's QA marker. */
  openQa: (id: number) => void;
  /** A translation box got focus: its paragraph's memory matches are wanted. */
  focused: (id: number) => void;
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
      const text = mappedString(viewOf(row.segment.source, latest.current.live.view, id));
      const { selectionStart, selectionEnd, value } = textarea;
      const target = value.slice(0, selectionStart) + text + value.slice(selectionEnd);
      const caret = selectionStart + text.length;
      // Rendered at once, so the caret is placed before the next key arrives.
      flushSync(() => store.edit(id, { target, status: statusAfterEdit(row.draft.status, target) }, { caret }));
      textarea.setSelectionRange(caret, caret);
    };

    const insertText = (id: number, text: string, textarea: HTMLTextAreaElement) => {
      const row = store.row(id);
      if (!row) return;
      const { selectionStart, selectionEnd, value } = textarea;
      const before = value.slice(0, selectionStart);
      const spaced = before !== "" && !/\s$/.test(before) ? ` ${text}` : text;
      const target = before + spaced + value.slice(selectionEnd);
      const caret = selectionStart + spaced.length;
      flushSync(() => store.edit(id, { target, status: statusAfterEdit(row.draft.status, target) }, { caret }));
      textarea.focus();
      textarea.setSelectionRange(caret, caret);
    };

    // A tag goes in exactly at the caret: no space is added around it.
    const insertTag = (id: number, textarea: HTMLTextAreaElement, char: string) => {
      const row = store.row(id);
      const tag = char || (row && nextMissingTag(row.segment.source, row.draft.target));
      if (!row || !tag) return;
      const { selectionStart, selectionEnd, value } = textarea;
      const target = value.slice(0, selectionStart) + tag + value.slice(selectionEnd);
      const caret = selectionStart + tag.length;
      flushSync(() => store.edit(id, { target, status: statusAfterEdit(row.draft.status, target) }, { caret }));
      textarea.focus();
      textarea.setSelectionRange(caret, caret);
    };

    const textareaOf = (id: number) => document.querySelector<HTMLTextAreaElement>(`textarea[data-segment-id="${id}"]`);

    // The shortcut inserts the first term of the paragraph its translation does not have yet.
    const insertTerm = (id: number, textarea: HTMLTextAreaElement) => {
      const { rowMarks } = latest.current.live;
      const terms = rowMarks.termsIn(id).filter((term) => term.usage === "preferred");
      const target = store.row(id)?.draft.target ?? "";
      const missing = terms.find((term) => checkTermConsistency([term], target || " ").length > 0 || target === "");
      const term = missing ?? terms[0];
      if (term) insertText(id, term.target, textarea);
    };

    // Ctrl/⌘+n inserts match n of the paragraph, at the cursor like a glossary term.
    const insertMatch = (id: number, index: number, textarea: HTMLTextAreaElement | null = textareaOf(id)) => {
      const { matches } = latest.current.live;
      const match = matches?.segmentId === id ? matches.matches[index] : undefined;
      if (match && textarea) insertText(id, match.unit.target, textarea);
    };

    const onShortcut = (id: number, shortcut: ShortcutId, textarea: HTMLTextAreaElement, key = "") => {
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
        case "insertTerm":
          return insertTerm(id, textarea);
        case "insertMatch":
          return insertMatch(id, Number(key) - 1, textarea);
        case "insertTag":
          // From a key press `key` is the key; from a tag button, the tag's character.
          return insertTag(id, textarea, key.length === 1 && key.charCodeAt(0) >= 0xe000 ? key : "");
        case "search":
          // The concordance dialog listens on the whole page.
          return;
        case "help":
          return latest.current.callbacks.openHelp();
        case "reviewConversion":
          return; // the editor's document-wide key listener toggles the review
      }
    };

    const onSplit = (id: number, viewCaret: number | null) => {
      const row = store.row(id);
      if (!row) return;
      const { source } = row.segment;
      const pointed = viewCaret === null ? 0 : toSourceOffset(viewOf(source, latest.current.live.view, id), viewCaret);
      const at = pointed > 0 && pointed < codePointLength(source) ? pointed : suggestSplitOffset(source);
      const n = latest.current.live.numbers.get(id) ?? 0;
      latest.current.callbacks.openSplit({ id, n, source, target: row.draft.target, at });
    };

    const onSourceSelect = (id: number, container: HTMLElement) => {
      const row = store.row(id);
      const range = selectionViewRange(container);
      if (!row || !range) return;
      const mapped = viewOf(row.segment.source, latest.current.live.view, id);
      const start = toSourceOffset(mapped, range[0]);
      const end = mapped.to[range[1] - 1] ?? mapped.sourceLength;
      if (end <= start) return;
      const text = mapped.chars.slice(range[0], range[1]).join("").trim();
      if (text === "") return;
      const n = latest.current.live.numbers.get(id) ?? 0;
      latest.current.callbacks.annotate({ segmentId: id, n, start, end, text: sliceCodePoints(row.segment.source, start, end) });
    };

    const onSourceLookup = (id: number, container: HTMLElement, point: { x: number; y: number } | null) => {
      const row = store.row(id);
      if (!row) return;
      let at: number | null;
      let where = point;
      if (point) at = viewOffsetAtPoint(container, point.x, point.y);
      else {
        at = selectionViewRange(container)?.[0] ?? null;
        const box = window.getSelection()?.getRangeAt(0).getBoundingClientRect();
        where = box ? { x: box.left, y: box.bottom } : null;
      }
      if (at === null || !where) return;
      const text = viewOf(row.segment.source, latest.current.live.view, id).chars.slice(at, at + 12).join("");
      if (isHan([...text][0])) latest.current.callbacks.lookup(text, where);
    };

    const commands: RowCommands = {
      onShortcut,
      onSourceSelect,
      onSourceLookup,
      onSourcePress: () => latest.current.callbacks.closeLookup(),
      onTermClick: (id, termId) => {
        const term = latest.current.live.rowMarks.term(termId);
        const textarea = textareaOf(id);
        if (term && textarea) insertText(id, term.target, textarea);
      },
      onQaMarker: (id) => latest.current.callbacks.openQa(id),
      onHistory: (id) => latest.current.callbacks.openHistory(id),
      onSplit,
      onJoin: (id) => latest.current.callbacks.join(id),
      onFocus: (id) => latest.current.callbacks.focused(id),
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
    /** The glossary terms a paragraph's translation does not follow. */
    const glossaryIssuesOf = (id: number, target: string): GlossaryIssue[] => {
      const terms = latest.current.live.rowMarks.termsIn(id);
      if (terms.length === 0) return [];
      const byId = new Map(terms.map((term) => [term.id, term]));
      return checkTermConsistency(terms, target).map((issue) => ({ ...issue, term: byId.get(issue.termId)! }));
    };
    return { commands, focusRow, glossaryIssuesOf, insertMatch };
  }, [store]);
}
