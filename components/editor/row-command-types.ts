import type { ShortcutId } from "@/lib/core/editor/shortcuts";
import type { RowSelection } from "./row-selection";

/** What a row asks of the editor; one object shared by every row. */
export type RowCommands = {
  /** `key`: the key pressed (which memory match Ctrl/⌘+1…5 inserts). */
  onShortcut: (id: number, shortcut: ShortcutId, textarea: HTMLTextAreaElement, key?: string) => void;
  /** The translation box got focus. */
  onFocus: (id: number) => void;
  onHistory: (id: number) => void;
  /** `viewCaret`: where the caret was in the source as shown, if it was there. */
  onSplit: (id: number, viewCaret: number | null) => void;
  onJoin: (id: number) => void;
  /** Locks a reviewed paragraph, or unlocks a locked one. */
  onToggleLock: (id: number) => void;
  /** The row's selection box was clicked; `extend` (Shift held): the range from the last one toggled. */
  onSelect: (id: number, extend: boolean) => void;
  selection: RowSelection;
  /** The translator confirmed the paragraph (translated or reviewed) with its status menu. */
  onConfirmed: (id: number) => void;
  /** The translator selected text in the source (container: the SourceText drawn). */
  onSourceSelect: (id: number, container: HTMLElement) => void;
  /** The pointer rests on the source, or a key asked for the word at the selection. */
  onSourceLookup: (id: number, container: HTMLElement, point: { x: number; y: number } | null) => void;
  /** A press on the source (a click or a drag begins): no dictionary card may come or stay. */
  onSourcePress: () => void;
  onTermClick: (id: number, termId: number) => void;
  /** The translator clicked the paragraph's QA marker. */
  onQaMarker: (id: number) => void;
  /** Called once a row is in the DOM: it takes focus if a jump asked for it. */
  takeFocus: (id: number) => number | null;
  isApple: boolean;
};
