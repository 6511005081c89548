import type { TextState } from "@/lib/core/editor/text-history";
import type { Segment } from "@/lib/core/model";
import type { PendingEdit } from "./pending-edits";
import { TabEdits, type LeftEdits } from "./tab-edits";
import { Listeners } from "./listeners";
import { RowStore } from "./row-store";
import { SegmentSaver, type SaverActions, type Snapshot } from "./segment-saver";
import { RowHistories } from "./row-histories";

export type { RowState, Summary } from "./row-store";

/**
 * The editor's state outside React, so that rows can come and go with scrolling (virtualization)
 * without losing a keystroke: one entry per segment, a saver per edited segment, undo history,
 * and edits not yet confirmed mirrored to the browser's storage.
 */
export class EditorStore extends RowStore {
  private savers = new Map<number, SegmentSaver>();
  private histories = new RowHistories();
  private readonly tabEdits: TabEdits;
  private lockedListeners = new Listeners<[id: number]>();

  constructor(
    documentId: number,
    segments: Segment[],
    private readonly actions: SaverActions,
    { isComplete = true, storage, isReadOnly = false }: { isComplete?: boolean; storage?: Storage | null; isReadOnly?: boolean } = {},
  ) {
    super(segments);
    this.tabEdits = new TabEdits(documentId, storage);
    this.isComplete = isComplete;
    this.isReadOnly = isReadOnly;
  }

  /** A viewer's editor: no shortcut, button or undo changes a text or a status here (the server refuses them too). */
  readonly isReadOnly: boolean;

  /** Marks this editor as open to other tabs, then sends what closed tabs left; returns the way to close it. */
  open(): () => void {
    return this.tabEdits.open((left) => this.resume(left));
  }

  private resume(left: LeftEdits): void {
    const { segmentId, merged, entries } = left;
    if (!this.rows.has(segmentId)) {
      // A paragraph past the first screen is resumed once the rest has come.
      if (!this.isComplete) this.unplaced.push(left);
      return;
    }
    const existing = this.savers.get(segmentId);
    if (existing) existing.absorb(merged);
    else this.saverOf(segmentId, merged).persist();
    // The closed tabs' entries go only once this editor's copy is kept.
    if (!this.tally.isPersisted(segmentId)) return;
    this.tabEdits.forget(entries);
    const saver = this.saverOf(segmentId);
    this.update(segmentId, { draft: saver.snapshot, saveState: saver.saveState });
    void saver.flush();
  }

  /** False while only the first screen's paragraphs are here (see append). */
  private isComplete: boolean;
  private unplaced: LeftEdits[] = [];

  /** The paragraphs after the first screen, sent after it; those already here are kept as they are. */
  append(segments: readonly Segment[]): void {
    const fresh = segments.filter((segment) => !this.rows.has(segment.id));
    this.order = [...this.order, ...fresh.map((segment) => segment.id)];
    for (const segment of fresh) this.addRow(segment);
    this.isComplete = true;
    this.changed();
    for (const left of this.unplaced.splice(0)) this.resume(left);
  }

  getIsComplete = (): boolean => this.isComplete;

  /** Told of every change refused because the paragraph is locked after review. */
  subscribeLocked = this.lockedListeners.subscribe;

  isLocked(id: number): boolean {
    return this.rows.get(id)?.segment.locked === true;
  }

  /** True (and the locked listeners told) when the paragraph is locked: the change asked must not happen. */
  refuseIfLocked(id: number): boolean {
    if (!this.isLocked(id)) return false;
    this.lockedListeners.notify(id);
    return true;
  }

  /** The translator changed a text or a status (refused on a locked paragraph). */
  edit(id: number, next: Snapshot, options: { isTyping?: boolean; immediate?: boolean; caret?: number } = {}): void {
    if (this.isReadOnly || this.refuseIfLocked(id)) return;
    const { isTyping = false, immediate = false, caret = next.target.length } = options;
    this.recordHistory(id, { ...next, caret }, isTyping);
    this.update(id, { draft: next });
    this.saverOf(id).edit(next, { immediate });
  }

  flush(id: number): Promise<void> {
    return this.savers.get(id)?.flush() ?? Promise.resolve();
  }

  flushAll(): Promise<void> {
    return Promise.all([...this.savers.values()].map((saver) => saver.flush())).then(() => undefined);
  }

  /** Steps back or forward in a paragraph's own history; returns the state to show, or null. */
  step(id: number, direction: "undo" | "redo"): TextState | null {
    if (this.isReadOnly || this.refuseIfLocked(id)) return null;
    const present = this.histories.step(id, direction);
    if (!present) return null;
    const { target, status } = present;
    this.update(id, { draft: { target, status } });
    this.saverOf(id).edit({ target, status });
    return present;
  }

  resolveConflict(id: number, choice: "mine" | "theirs" | "merge"): void {
    const current = this.rows.get(id)?.conflict;
    const draft = this.saverOf(id).resolve(choice);
    this.recordHistory(id, { ...draft, caret: draft.target.length }, false);
    // A paragraph locked meanwhile: its text is taken, and the row shows the lock from now on.
    this.update(id, current?.locked ? { draft, segment: current } : { draft });
  }

  /** The version a structural change (restore, split, join) must name, after sending what is pending. */
  async settledVersion(id: number): Promise<{ version: number; isSettled: boolean }> {
    const saver = this.savers.get(id);
    if (!saver) return { version: this.rows.get(id)?.segment.version ?? 0, isSettled: true };
    await saver.flush();
    return { version: saver.version, isSettled: saver.saveState === "saved" };
  }

  /** The paragraphs whose version on the server (id → version) is newer than the one this editor has. */
  staleIds(versions: ReadonlyMap<number, number>): number[] {
    return this.order.filter((id) => (versions.get(id) ?? -1) > this.knownVersion(id));
  }

  /**
   * Shows texts saved elsewhere in paragraphs nobody is working on here; a paragraph with text not yet
   * saved, a conflict, or the cursor keeps its text (its next save conflicts as usual).
   */
  refresh(segments: readonly Segment[], focusedId: number | null): void {
    for (const segment of segments) {
      if (segment.id === focusedId || !this.rows.has(segment.id) || segment.version <= this.knownVersion(segment.id)) continue;
      const saver = this.savers.get(segment.id);
      if (saver && saver.saveState !== "saved") continue;
      this.adopt(segment);
    }
  }

  /** The version this editor last saw of a paragraph (its last save's, else the one loaded). */
  knownVersion(id: number): number {
    return this.savers.get(id)?.version ?? this.rows.get(id)?.segment.version ?? 0;
  }

  /** The server's answer to a restore, a split or a join: the segment as it now is. */
  adopt(segment: Segment): void {
    const saver = this.savers.get(segment.id);
    saver?.adopt(segment);
    this.recordHistory(segment.id, { target: segment.target, status: segment.status, caret: segment.target.length }, false);
    this.update(segment.id, { segment, draft: { target: segment.target, status: segment.status }, conflict: null, saveState: saver?.saveState ?? "saved" });
  }

  conflictWith(id: number, current: Segment): void {
    this.saverOf(id).conflictWith(current);
  }

  /** A split inserted `second` after `first`. */
  insertAfter(firstId: number, second: Segment): void {
    const at = this.order.indexOf(firstId);
    this.order = [...this.order.slice(0, at + 1), second.id, ...this.order.slice(at + 1)];
    this.addRow(second);
    this.changed();
  }

  /** A join removed a segment. */
  remove(id: number): void {
    const row = this.rows.get(id);
    if (!row) return;
    this.tally.forget(id, row.draft.status);
    this.order = this.order.filter((other) => other !== id);
    this.rows.delete(id);
    this.savers.delete(id);
    this.histories.forget(id);
    this.tabEdits.keep(id, null);
    this.changed();
  }

  private recordHistory(id: number, next: TextState, isTyping: boolean): void {
    const row = this.rows.get(id);
    if (!row) return;
    this.histories.record(id, { ...row.draft, caret: row.draft.target.length }, next, isTyping);
  }

  private saverOf(id: number, pending?: PendingEdit): SegmentSaver {
    let saver = this.savers.get(id);
    if (saver) return saver;
    const row = this.rows.get(id);
    if (!row) throw new Error(`No segment ${id} in this editor`);
    saver = new SegmentSaver(
      id,
      row.segment,
      this.actions,
      (saveState, conflict) => this.update(id, { saveState, conflict }),
      (edit) => {
        const isKept = this.tabEdits.keep(id, edit);
        if (this.tally.setPersisted(id, !edit || isKept)) this.changed();
      },
      pending,
    );
    this.savers.set(id, saver);
    return saver;
  }

}
