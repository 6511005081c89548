import type { SegmentStatus } from "../model";

/** What undo brings back: the text, its status and where the caret was (UTF-16, as the text box reports it). */
export type TextState = { target: string; status: SegmentStatus; caret: number };

export type TextHistory = {
  past: TextState[];
  present: TextState;
  future: TextState[];
  /** When the present entry was last extended by typing (ms), or null when it may not be extended. */
  typingSince: number | null;
};

/** Typing within this pause (ms) is one undo step, as is a word. */
export const COALESCE_MS = 1000;
const LIMIT = 200;

export function createHistory(initial: TextState): TextHistory {
  return { past: [], present: initial, future: [], typingSince: null };
}

// A new word (a space typed after a letter) starts a new step, as in most editors.
function startsNewWord(before: string, after: string): boolean {
  return after.length === before.length + 1 && /\s$/.test(after) && !/\s$/.test(before);
}

/**
 * Records a change. Typing (`isTyping`) extends the current step while it continues within
 * COALESCE_MS and within a word; anything else (copy source, status marks, restores) is its own step.
 */
export function recordChange(history: TextHistory, next: TextState, { isTyping, now }: { isTyping: boolean; now: number }): TextHistory {
  const { present } = history;
  if (next.target === present.target && next.status === present.status) return { ...history, present: next };
  const extend =
    isTyping && history.typingSince !== null && now - history.typingSince < COALESCE_MS && !startsNewWord(present.target, next.target);
  if (extend) return { ...history, present: next, future: [], typingSince: now };
  const past = [...history.past, present].slice(-LIMIT);
  return { past, present: next, future: [], typingSince: isTyping ? now : null };
}

export function undo(history: TextHistory): TextHistory {
  const previous = history.past[history.past.length - 1];
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], typingSince: null };
}

export function redo(history: TextHistory): TextHistory {
  const [next, ...future] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future, typingSince: null };
}
