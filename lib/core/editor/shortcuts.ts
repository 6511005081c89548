/** A key combination. `mod` is Ctrl, or ⌘ on Apple systems. */
export type Chord = { key: string; mod?: boolean; shift?: boolean; alt?: boolean; platform?: "apple" | "other" };

export const SHORTCUT_IDS = [
  "markTranslated",
  "markReviewed",
  "next",
  "previous",
  "undo",
  "redo",
  "copySource",
  "insertTerm",
  "insertTag",
  "insertMatch",
  "insertMt",
  "search",
  "replace",
  "reviewConversion",
  "toggleLock",
  "fillRepetitions",
  "selectRow",
  "help",
] as const;
export type ShortcutId = (typeof SHORTCUT_IDS)[number];

export type Shortcut = {
  id: ShortcutId;
  chords: Chord[];
  /** Typed characters: only when focus is not in a text field, where the key must type itself. */
  outsideTextOnly?: boolean;
  /** What the help prints when the chords are a series (Ctrl+1 … Ctrl+5 as one). */
  display?: Chord[];
};

/** Memory matches 1 to 5: Ctrl/⌘ with the digit. */
export const MATCH_KEYS = ["1", "2", "3", "4", "5"] as const;

/** Every keyboard shortcut of the editor, in the order the help lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  { id: "markTranslated", chords: [{ key: "Enter", mod: true }] },
  { id: "markReviewed", chords: [{ key: "Enter", mod: true, shift: true }] },
  { id: "next", chords: [{ key: "ArrowDown", alt: true }] },
  { id: "previous", chords: [{ key: "ArrowUp", alt: true }] },
  { id: "undo", chords: [{ key: "z", mod: true }] },
  { id: "redo", chords: [{ key: "y", mod: true }, { key: "z", mod: true, shift: true }] },
  { id: "copySource", chords: [{ key: "s", mod: true, shift: true }] },
  { id: "insertTerm", chords: [{ key: "e", mod: true, shift: true }] },
  // The next inline tag of the source that the translation lacks, at the caret.
  { id: "insertTag", chords: [{ key: "g", mod: true, shift: true }] },
  // Shows the conversion review marks (issue 8); works in a translation box and outside it.
  { id: "reviewConversion", chords: [{ key: "l", mod: true, shift: true }] },
  { id: "insertMatch", chords: MATCH_KEYS.map((key) => ({ key, mod: true })), display: [{ key: "1…5", mod: true }] },
  { id: "insertMt", chords: [{ key: "0", mod: true }] },
  { id: "search", chords: [{ key: "k", mod: true }] },
  // Find and replace in the document: Ctrl+H as in Word and Google Docs; ⌘H hides the app on a Mac, so there ⌘⇧H.
  {
    id: "replace",
    chords: [
      { key: "h", mod: true, platform: "other" },
      { key: "h", mod: true, shift: true, platform: "apple" },
    ],
  },
  // Locks a reviewed paragraph against edits, or unlocks it (issue 18).
  { id: "toggleLock", chords: [{ key: "o", mod: true, shift: true }] },
  // Takes the editor's offer to fill the empty repetitions of the paragraph just confirmed.
  { id: "fillRepetitions", chords: [{ key: "d", mod: true, shift: true }] },
  // Selects the paragraph for a batch (Change status…), or unselects it.
  { id: "selectRow", chords: [{ key: " ", mod: true, shift: true }] },
  { id: "help", chords: [{ key: "?" }], outsideTextOnly: true },
];

export type KeyLike = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

function matches(chord: Chord, event: KeyLike, isApple: boolean): boolean {
  if (chord.platform && (chord.platform === "apple") !== isApple) return false;
  const mod = isApple ? event.metaKey : event.ctrlKey;
  const other = isApple ? event.ctrlKey : event.metaKey;
  if (other || mod !== Boolean(chord.mod) || event.altKey !== Boolean(chord.alt)) return false;
  // A typed character such as "?" already says whether Shift was held.
  const isCharacter = chord.key.length === 1 && !/[a-z ]/i.test(chord.key);
  if (!isCharacter && event.shiftKey !== Boolean(chord.shift)) return false;
  return event.key.toLowerCase() === chord.key.toLowerCase();
}

/** The shortcut a key press means, or null. */
export function matchShortcut(event: KeyLike, { isApple, inText }: { isApple: boolean; inText: boolean }): ShortcutId | null {
  for (const shortcut of SHORTCUTS) {
    if (shortcut.outsideTextOnly && inText) continue;
    if (shortcut.chords.some((chord) => matches(chord, event, isApple))) return shortcut.id;
  }
  return null;
}

/** The chords of a shortcut on this platform, as the help prints them. */
export function chordsOf(shortcut: Shortcut, isApple: boolean): Chord[] {
  return (shortcut.display ?? shortcut.chords).filter((chord) => !chord.platform || (chord.platform === "apple") === isApple);
}

const KEY_NAMES: Record<string, [apple: string, other: string]> = {
  Enter: ["↩", "Enter"],
  ArrowDown: ["↓", "↓"],
  ArrowUp: ["↑", "↑"],
  " ": ["Space", "Space"],
};

/** The keys of a chord as they are printed on the keyboard: ["Ctrl", "Shift", "Enter"] or ["⌘", "⇧", "↩"]. */
export function chordKeys(chord: Chord, isApple: boolean): string[] {
  const keys: string[] = [];
  if (chord.mod) keys.push(isApple ? "⌘" : "Ctrl");
  if (chord.alt) keys.push(isApple ? "⌥" : "Alt");
  if (chord.shift) keys.push(isApple ? "⇧" : "Shift");
  const names = KEY_NAMES[chord.key];
  keys.push(names ? names[isApple ? 0 : 1] : chord.key.toUpperCase());
  return keys;
}
