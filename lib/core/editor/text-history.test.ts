import { describe, expect, it } from "vitest";
import { COALESCE_MS, createHistory, recordChange, redo, undo, type TextHistory } from "./text-history";

const state = (target: string, status: "draft" | "translated" = "draft") => ({ target, status, caret: target.length });

function type(history: TextHistory, text: string, start: number): TextHistory {
  let h = history;
  for (let i = 1; i <= text.length; i++) h = recordChange(h, state(text.slice(0, i)), { isTyping: true, now: start + i * 50 });
  return h;
}

describe("text history", () => {
  it("undoes typing word by word and redoes it", () => {
    let h = type(createHistory(state("")), "Hello world", 0);
    h = undo(h);
    expect(h.present.target).toBe("Hello");
    h = undo(h);
    expect(h.present.target).toBe("");
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present.target).toBe("Hello world");
    expect(redo(h)).toBe(h);
  });

  it("starts a new step after a pause", () => {
    let h = type(createHistory(state("")), "ab", 0);
    h = recordChange(h, state("abc"), { isTyping: true, now: 100 + COALESCE_MS + 1 });
    expect(undo(h).present.target).toBe("ab");
  });

  it("keeps a status mark and a pasted source as steps of their own", () => {
    let h = type(createHistory(state("")), "Hi", 0);
    h = recordChange(h, state("Hi", "translated"), { isTyping: false, now: 200 });
    h = recordChange(h, state("Hi!", "translated"), { isTyping: true, now: 250 });
    expect(undo(h).present).toEqual(state("Hi", "translated"));
    expect(undo(undo(h)).present).toEqual(state("Hi"));
  });

  it("drops the redo branch on a new change", () => {
    let h = type(createHistory(state("")), "abc", 0);
    h = undo(h);
    h = recordChange(h, state("x"), { isTyping: false, now: 5000 });
    expect(h.future).toEqual([]);
  });
});
