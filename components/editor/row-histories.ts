import { createHistory, recordChange, redo, undo, type TextHistory, type TextState } from "@/lib/core/editor/text-history";

/** Each paragraph's own undo history: typing runs grouped, other changes (a restore, a choice) one step each. */
export class RowHistories {
  private histories = new Map<number, TextHistory>();

  /** `current`: the paragraph's text before this change, where its history starts if it has none. */
  record(id: number, current: TextState, next: TextState, isTyping: boolean): void {
    const history = this.histories.get(id) ?? createHistory(current);
    this.histories.set(id, recordChange(history, next, { isTyping, now: Date.now() }));
  }

  /** Steps back or forward; returns the state to show, or null when there is no step. */
  step(id: number, direction: "undo" | "redo"): TextState | null {
    const history = this.histories.get(id);
    if (!history) return null;
    const moved = direction === "undo" ? undo(history) : redo(history);
    if (moved === history) return null;
    this.histories.set(id, moved);
    return moved.present;
  }

  forget(id: number): void {
    this.histories.delete(id);
  }
}
