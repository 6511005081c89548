import type { Segment } from "@/lib/core/model";
import { Listeners } from "./listeners";
import { RowTally, type Summary } from "./row-tally";
import type { SaveState } from "./save-state";
import type { Snapshot } from "./segment-saver";

/** What a row shows: the server's segment, the translator's current text, and where it stands. */
export type RowState = {
  segment: Segment;
  draft: Snapshot;
  saveState: SaveState;
  conflict: Segment | null;
};

export type { Summary };

/**
 * The rows of a document as the editor shows them, and who is told of a change: each row's own
 * listeners (a keystroke re-renders one row), the content listeners (QA), and the summary's (header).
 * EditorStore adds editing and saving on top.
 */
export class RowStore {
  protected order: number[];
  private numbers: { order: readonly number[]; of: Map<number, number> } | null = null;
  protected rows = new Map<number, RowState>();
  private rowListeners = new Map<number, Set<() => void>>();
  private listeners = new Listeners();
  private contentListeners = new Listeners<[id: number]>();
  protected tally = new RowTally();
  private summary: Summary;

  constructor(segments: Segment[]) {
    this.order = segments.map((s) => s.id);
    for (const segment of segments) this.addRow(segment);
    this.summary = this.tally.summary();
  }

  ids(): readonly number[] {
    return this.order;
  }

  /** A paragraph's 1-based number in the document (0 when it is not there). */
  numberOf(id: number): number {
    if (this.numbers?.order !== this.order) this.numbers = { order: this.order, of: new Map(this.order.map((other, i) => [other, i + 1])) };
    return this.numbers.of.get(id) ?? 0;
  }

  row(id: number): RowState | undefined {
    return this.rows.get(id);
  }

  getSummary = (): Summary => this.summary;

  subscribe = this.listeners.subscribe;

  subscribeRow(id: number, listener: () => void): () => void {
    let set = this.rowListeners.get(id);
    if (!set) this.rowListeners.set(id, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /** Told of every paragraph whose text, status or source changed (not of save states alone). */
  subscribeContent = this.contentListeners.subscribe;

  protected update(id: number, change: Partial<RowState>): void {
    const before = this.rows.get(id);
    if (!before) return;
    const after = { ...before, ...change };
    this.rows.set(id, after);
    let isSummaryChanged = false;
    if (before.draft.status !== after.draft.status) {
      this.tally.count(before.draft.status, -1);
      this.tally.count(after.draft.status, 1);
      isSummaryChanged = true;
    }
    if (before.saveState !== after.saveState) {
      this.tally.setSaveState(id, after.saveState);
      isSummaryChanged = true;
    }
    this.rowListeners.get(id)?.forEach((listener) => listener());
    if (before.draft !== after.draft || before.segment !== after.segment) this.contentListeners.notify(id);
    if (isSummaryChanged) this.changed();
  }

  protected changed(): void {
    this.summary = this.tally.summary();
    this.listeners.notify();
  }

  /** The ids of paragraphs that need the translator: conflicts and failed saves, in document order. */
  troubled(): number[] {
    return this.tally.troubled(this.order);
  }

  protected addRow(segment: Segment): void {
    this.rows.set(segment.id, { segment, draft: { target: segment.target, status: segment.status }, saveState: "saved", conflict: null });
    this.tally.count(segment.status, 1);
  }
}
