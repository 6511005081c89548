import { describe, expect, it } from "vitest";
import { chordKeys, chordsOf, matchShortcut, SHORTCUTS } from "./shortcuts";

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});
const pc = { isApple: false, inText: true };
const mac = { isApple: true, inText: true };

describe("matchShortcut", () => {
  it.each([
    [key("Enter", { ctrlKey: true }), "markTranslated"],
    [key("Enter", { ctrlKey: true, shiftKey: true }), "markReviewed"],
    [key("ArrowDown", { altKey: true }), "next"],
    [key("ArrowUp", { altKey: true }), "previous"],
    [key("z", { ctrlKey: true }), "undo"],
    [key("y", { ctrlKey: true }), "redo"],
    [key("Z", { ctrlKey: true, shiftKey: true }), "redo"],
    [key("S", { ctrlKey: true, shiftKey: true }), "copySource"],
    [key("E", { ctrlKey: true, shiftKey: true }), "insertTerm"],
    [key("L", { ctrlKey: true, shiftKey: true }), "reviewConversion"],
    [key("1", { ctrlKey: true }), "insertMatch"],
    [key("5", { ctrlKey: true }), "insertMatch"],
    [key("0", { ctrlKey: true }), "insertMt"],
    [key("k", { ctrlKey: true }), "search"],
    [key("h", { ctrlKey: true }), "replace"],
    [key("O", { ctrlKey: true, shiftKey: true }), "toggleLock"],
    [key("D", { ctrlKey: true, shiftKey: true }), "fillRepetitions"],
    [key(" ", { ctrlKey: true, shiftKey: true }), "selectRow"],
  ])("%j on a PC is %s", (event, id) => {
    expect(matchShortcut(event, pc)).toBe(id);
  });

  it("uses ⌘ on Apple systems and leaves Ctrl alone there", () => {
    expect(matchShortcut(key("Enter", { metaKey: true }), mac)).toBe("markTranslated");
    expect(matchShortcut(key("Enter", { ctrlKey: true }), mac)).toBeNull();
    expect(matchShortcut(key("Enter", { metaKey: true }), pc)).toBeNull();
  });

  it("opens find and replace with Ctrl+H, and with ⌘⇧H on a Mac where ⌘H hides the app", () => {
    expect(matchShortcut(key("H", { metaKey: true, shiftKey: true }), mac)).toBe("replace");
    expect(matchShortcut(key("h", { metaKey: true }), mac)).toBeNull();
    expect(matchShortcut(key("h", { ctrlKey: true, shiftKey: true }), pc)).toBeNull();
    const replace = SHORTCUTS.find((shortcut) => shortcut.id === "replace")!;
    expect(chordsOf(replace, false).map((chord) => chordKeys(chord, false).join("+"))).toEqual(["Ctrl+H"]);
    expect(chordsOf(replace, true).map((chord) => chordKeys(chord, true).join("+"))).toEqual(["⌘+⇧+H"]);
  });

  it("lets ? type itself in a text box and opens the help elsewhere", () => {
    expect(matchShortcut(key("?", { shiftKey: true }), pc)).toBeNull();
    expect(matchShortcut(key("?", { shiftKey: true }), { isApple: false, inText: false })).toBe("help");
  });

  it("inserts memory matches only with Ctrl/⌘ and digits 1 to 5", () => {
    expect(matchShortcut(key("6", { ctrlKey: true }), pc)).toBeNull();
    expect(matchShortcut(key("1"), pc)).toBeNull();
    expect(matchShortcut(key("3", { metaKey: true }), mac)).toBe("insertMatch");
  });

  it("ignores plain keys and extra modifiers", () => {
    expect(matchShortcut(key("Enter"), pc)).toBeNull();
    expect(matchShortcut(key("ArrowDown"), pc)).toBeNull();
    expect(matchShortcut(key("s", { ctrlKey: true }), pc)).toBeNull();
    expect(matchShortcut(key("Enter", { ctrlKey: true, altKey: true }), pc)).toBeNull();
    // Ctrl+Space (an input method's switch on many systems) is not the selection's Ctrl+Shift+Space.
    expect(matchShortcut(key(" ", { ctrlKey: true }), pc)).toBeNull();
  });

  it("gives every chord to one shortcut only", () => {
    const chords = SHORTCUTS.flatMap((s) => s.chords.map((c) => JSON.stringify([c.key.toLowerCase(), !!c.mod, !!c.shift, !!c.alt])));
    expect(new Set(chords).size).toBe(chords.length);
  });
});

describe("chordKeys", () => {
  it("prints chords for each system", () => {
    const reviewed = SHORTCUTS.find((s) => s.id === "markReviewed")!.chords[0];
    expect(chordKeys(reviewed, false)).toEqual(["Ctrl", "Shift", "Enter"]);
    expect(chordKeys(reviewed, true)).toEqual(["⌘", "⇧", "↩"]);
    expect(chordKeys({ key: "s", mod: true, shift: true }, false)).toEqual(["Ctrl", "Shift", "S"]);
    expect(chordKeys({ key: " ", mod: true, shift: true }, false)).toEqual(["Ctrl", "Shift", "Space"]);
  });
});
