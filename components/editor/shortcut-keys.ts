import { chordKeys, SHORTCUTS, type ShortcutId } from "@/lib/core/editor/shortcuts";

/** A shortcut's first chord as printed: "Ctrl+Shift+O" or "⌘+⇧+O". */
export const shortcutKeys = (id: ShortcutId, isApple: boolean): string => chordKeys(SHORTCUTS.find((shortcut) => shortcut.id === id)!.chords[0], isApple).join("+");
