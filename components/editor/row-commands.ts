import { flushSync } from "react-dom";
import { mappedString, toSourceOffset } from "@/lib/core/convert/mapped-text";
import { nextMissingTag } from "@/lib/core/editor/next-missing-tag";
import { nextWithStatus } from "@/lib/core/editor/segment-filter";
import type { ShortcutId } from "@/lib/core/editor/shortcuts";
import { checkTermConsistency } from "@/lib/core/qa/check-term-consistency";
import { suggestSplitOffset } from "@/lib/core/segment/split-segment";
import { isHan } from "@/lib/core/text/char-classes";
import { codePointLength, sliceCodePoints } from "@/lib/core/text/code-points";
import type { EditorStore } from "./editor-store";
import type { MarksStore } from "./marks-store";
import type { MemoryMatches } from "./memory-matches";
import type { MtSuggestions } from "./mt-suggestions";
import type { RowCommands } from "./row-command-types";
import type { RowSelection } from "./row-selection";
import { selectionViewRange, viewOffsetAtPoint } from "./selection-range";
import { viewOf } from "./source-text";
import type { SplitRequest } from "./split-dialog";
import { insertAtCaret, textareaOf } from "./target-edits";
import type { SourceView } from "./use-source-view";

/** What the row commands open or start elsewhere in the editor. */
export type EditorOpeners = {
  openHelp: () => void;
  openHistory: (segment: { id: number; n: number; version: number }) => void;
  openSplit: (request: SplitRequest) => void;
  join: (id: number) => void;
  /** The translator selected a span of a paragraph's source: [start, end) in code points of the stored source. */
  annotate: (request: { segmentId: number; n: number; start: number; end: number; text: string }) => void;
  /** Look a word up from the text as shown at the pointer (or under the selection). */
  lookup: (text: string, point: { x: number; y: number }) => void;
  /** Closes the dictionary card and drops a look-up still on its way. */
  closeLookup: () => void;
  openQa: (id: number) => void;
  /** Locks a reviewed paragraph, or unlocks a locked one. */
  toggleLock: (id: number) => void;
  /** The translator confirmed a paragraph: its empty repetitions may be offered. */
  confirmed: (id: number) => void;
  /** Takes the offer to fill the repetitions of the paragraph confirmed last. */
  fillRepetitions: () => void;
};

// The shortcuts that change a paragraph's text or status: refused, with a message, on a locked one, and
// without one in a viewer's editor (nothing there offers them).
const EDITING: ReadonlySet<ShortcutId> = new Set(["markTranslated", "markReviewed", "undo", "redo", "copySource", "insertTerm", "insertTag", "insertMatch", "insertMt"]);

export type RowCommandsInput = {
  store: EditorStore;
  marks: MarksStore;
  matches: MemoryMatches;
  mt: MtSuggestions;
  /** The rows the list shows, in order: where Alt+↓ and "next to translate" go. */
  visible: readonly number[];
  view: SourceView;
  isApple: boolean;
  focusRow: (id: number) => void;
  takeFocus: (id: number) => number | null;
  openers: EditorOpeners;
  selection: RowSelection;
};

/** The commands every row calls: one object, rebuilt only when what they read changes. */
export function createRowCommands({ store, marks, matches, mt, visible, view, isApple, focusRow, takeFocus, openers, selection }: RowCommandsInput): RowCommands {
  const move = (id: number, step: 1 | -1) => {
    const next = visible[visible.indexOf(id) + step];
    if (next !== undefined) focusRow(next);
  };

  const mark = (id: number, status: "translated" | "reviewed") => {
    const row = store.row(id);
    if (!row || row.draft.target.trim() === "") return;
    store.edit(id, { target: row.draft.target, status }, { immediate: true });
    openers.confirmed(id);
  };

  const nextToTranslate = (id: number): number | null => {
    const statuses = visible.map((other) => store.row(other)?.draft.status ?? "untranslated");
    const from = visible.indexOf(id);
    const next = nextWithStatus(statuses, from, "untranslated") ?? nextWithStatus(statuses, from, "draft");
    return next === null ? null : visible[next];
  };

  const sourceAsShown = (id: number) => {
    const row = store.row(id);
    return row ? viewOf(row.segment.source, view, id) : null;
  };

  // The shortcut inserts the first approved term of the paragraph its translation does not have yet.
  const insertTerm = (id: number, textarea: HTMLTextAreaElement) => {
    const terms = marks.termsIn(id).filter((term) => term.usage === "preferred" && term.status === "approved");
    const target = store.row(id)?.draft.target ?? "";
    const term = terms.find((term) => checkTermConsistency([term], target || " ").length > 0 || target === "") ?? terms[0];
    if (term) insertAtCaret(store, id, textarea, term.target, { isSpaced: true });
  };

  // A tag goes in exactly at the caret: from a key press `key` is the key; from a tag button, the tag's character.
  const insertTag = (id: number, textarea: HTMLTextAreaElement, key: string) => {
    const row = store.row(id);
    const tag = key.length === 1 && key.charCodeAt(0) >= 0xe000 ? key : row && nextMissingTag(row.segment.source, row.draft.target);
    if (tag) insertAtCaret(store, id, textarea, tag);
  };

  const onShortcut = (id: number, shortcut: ShortcutId, textarea: HTMLTextAreaElement, key = "") => {
    if (EDITING.has(shortcut) && (store.isReadOnly || store.refuseIfLocked(id))) return;
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
      case "copySource": {
        const shown = sourceAsShown(id);
        return shown && insertAtCaret(store, id, textarea, mappedString(shown));
      }
      case "insertTerm":
        return insertTerm(id, textarea);
      case "insertMatch": {
        // Ctrl/⌘+n inserts match n of the paragraph, at the cursor like a glossary term.
        const match = matches.matchAt(id, Number(key) - 1);
        return match && insertAtCaret(store, id, textarea, match.unit.target, { isSpaced: true });
      }
      case "insertTag":
        return insertTag(id, textarea, key);
      case "insertMt":
        return insertMachineTranslation(store, mt, id, textarea);
      case "help":
        return openers.openHelp();
      case "toggleLock":
        return openers.toggleLock(id);
      case "fillRepetitions":
        return openers.fillRepetitions();
      case "selectRow":
        return selection.toggle(id);
      case "search": // the concordance dialog listens on the whole page
      case "replace": // the editor's document-wide key listener opens find and replace
      case "reviewConversion": // the editor's document-wide key listener toggles the review
        return;
    }
  };

  const onSplit = (id: number, viewCaret: number | null) => {
    const row = store.row(id);
    if (!row || store.refuseIfLocked(id)) return;
    const { source } = row.segment;
    const pointed = viewCaret === null ? 0 : toSourceOffset(viewOf(source, view, id), viewCaret);
    const at = pointed > 0 && pointed < codePointLength(source) ? pointed : suggestSplitOffset(source);
    openers.openSplit({ id, n: store.numberOf(id), source, target: row.draft.target, at });
  };

  const onSourceSelect = (id: number, container: HTMLElement) => {
    const row = store.row(id);
    const range = selectionViewRange(container);
    if (!row || !range) return;
    const mapped = viewOf(row.segment.source, view, id);
    const start = toSourceOffset(mapped, range[0]);
    const end = mapped.to[range[1] - 1] ?? mapped.sourceLength;
    if (end <= start || mapped.chars.slice(range[0], range[1]).join("").trim() === "") return;
    openers.annotate({ segmentId: id, n: store.numberOf(id), start, end, text: sliceCodePoints(row.segment.source, start, end) });
  };

  const onSourceLookup = (id: number, container: HTMLElement, point: { x: number; y: number } | null) => {
    const shown = sourceAsShown(id);
    if (!shown) return;
    let at: number | null;
    let where = point;
    if (point) at = viewOffsetAtPoint(container, point.x, point.y);
    else {
      at = selectionViewRange(container)?.[0] ?? null;
      const box = window.getSelection()?.getRangeAt(0).getBoundingClientRect();
      where = box ? { x: box.left, y: box.bottom } : null;
    }
    if (at === null || !where) return;
    const text = shown.chars.slice(at, at + 12).join("");
    if (isHan([...text][0])) openers.lookup(text, where);
  };

  return {
    onShortcut,
    onSourceSelect,
    onSourceLookup,
    onSourcePress: openers.closeLookup,
    onTermClick: (id, termId) => {
      const term = marks.term(termId);
      const textarea = textareaOf(id);
      if (term && textarea) insertAtCaret(store, id, textarea, term.target, { isSpaced: true });
    },
    onQaMarker: openers.openQa,
    onHistory: (id) => openers.openHistory({ id, n: store.numberOf(id), version: store.row(id)?.segment.version ?? 0 }),
    onSplit,
    onJoin: (id) => {
      const next = store.ids()[store.numberOf(id)];
      if (!store.refuseIfLocked(id) && (next === undefined || !store.refuseIfLocked(next))) openers.join(id);
    },
    onToggleLock: openers.toggleLock,
    onSelect: (id, extend) => selection.toggle(id, { extend, visible }),
    selection,
    onConfirmed: openers.confirmed,
    onFocus: (id) => {
      matches.focused(id);
      mt.focused(id);
    },
    takeFocus,
    isApple,
  };
}

/** A click on a match in the memory dock: it goes in at the paragraph's caret, like Ctrl/⌘+n. */
export function insertShownMatch(store: EditorStore, matches: MemoryMatches, segmentId: number, index: number): void {
  const match = matches.matchAt(segmentId, index);
  const textarea = textareaOf(segmentId);
  if (match && textarea) insertAtCaret(store, segmentId, textarea, match.unit.target, { isSpaced: true });
}

/**
 * The machine translation shown for a paragraph, put in its box: as the whole text (a draft that keeps
 * its MT origin until a person edits or confirms it) when the box is empty or all selected, else at
 * the caret like a memory match (the text is then the translator's own).
 */
export function insertMachineTranslation(store: EditorStore, mt: MtSuggestions, segmentId: number, textarea: HTMLTextAreaElement | null = textareaOf(segmentId)): void {
  const suggestion = mt.readyFor(segmentId);
  if (!suggestion || !textarea) return;
  const isWhole = textarea.value.trim() === "" || (textarea.selectionStart === 0 && textarea.selectionEnd === textarea.value.length);
  if (!isWhole) return insertAtCaret(store, segmentId, textarea, suggestion.text, { isSpaced: true });
  const { text, origin } = suggestion;
  flushSync(() => store.edit(segmentId, { target: text, status: "draft", origin }, { caret: text.length, immediate: true }));
  textarea.focus();
  textarea.setSelectionRange(text.length, text.length);
}
