import { computeProgress } from "@/lib/core/progress";
import type { Progress, SegmentStatus } from "@/lib/core/model";
import { summariseSaveStates, type SaveState } from "./save-state";

export type Summary = { progress: Progress; saveState: SaveState; isPersisted: boolean };

/** What the editor's header shows, kept as counts so that an edit costs nothing whatever the length. */
export class RowTally {
  private statusCounts = new Map<SegmentStatus, number>();
  private unsettled = new Map<number, SaveState>();
  private unpersisted = new Set<number>();

  count(status: SegmentStatus, delta: 1 | -1): void {
    this.statusCounts.set(status, (this.statusCounts.get(status) ?? 0) + delta);
  }

  setSaveState(id: number, state: SaveState): void {
    if (state === "saved") this.unsettled.delete(id);
    else this.unsettled.set(id, state);
  }

  /** Whether a paragraph's unsent text is kept in the browser; returns true when that changed. */
  setPersisted(id: number, isPersisted: boolean): boolean {
    const was = !this.unpersisted.has(id);
    if (isPersisted) this.unpersisted.delete(id);
    else this.unpersisted.add(id);
    return was !== isPersisted;
  }

  isPersisted(id: number): boolean {
    return !this.unpersisted.has(id);
  }

  forget(id: number, status: SegmentStatus): void {
    this.count(status, -1);
    this.unsettled.delete(id);
    this.unpersisted.delete(id);
  }

  summary(): Summary {
    return {
      progress: computeProgress([...this.statusCounts].map(([status, count]) => ({ status, count }))),
      saveState: summariseSaveStates(this.unsettled.values()),
      isPersisted: this.unpersisted.size === 0,
    };
  }

  /** The paragraphs that need the translator (conflicts and failed saves), in the order given. */
  troubled(order: readonly number[]): number[] {
    return order.filter((id) => {
      const state = this.unsettled.get(id);
      return state === "conflict" || state === "failed";
    });
  }
}
