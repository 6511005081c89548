import { claimPendingEdits, holdTabLock } from "./claim-pending-edits";
import { mergePendingEdits } from "./merge-pending-edits";
import { browserStorage, pendingKey, removePendingEntries, writePendingEdit, type PendingEdit, type PendingEntry } from "./pending-edits";

/** What a closed tab (or a reload) left for one paragraph: its entries, and their edits merged oldest first. */
export type LeftEdits = { segmentId: number; merged: PendingEdit; entries: PendingEntry[] };

/**
 * This tab's copy of its unconfirmed edits in the browser's storage, under a key of its own (tabs never
 * overwrite each other's), and the edits that closed tabs left for the document.
 */
export class TabEdits {
  private readonly tabId = crypto.randomUUID();

  /** `storage`: the browser's localStorage (null when it refuses), or another Storage in tests. */
  constructor(
    private readonly documentId: number,
    private readonly storage: Storage | null = browserStorage(),
  ) {}

  /** Keeps a paragraph's unconfirmed edits (null: drops them); false when the browser would not keep them. */
  keep(segmentId: number, edit: PendingEdit | null): boolean {
    return writePendingEdit(pendingKey(this.documentId, segmentId, this.tabId), edit, this.storage);
  }

  /** Forgets entries a closed tab left, once this tab keeps their text. */
  forget(entries: readonly PendingEntry[]): void {
    removePendingEntries(entries, this.storage);
  }

  /**
   * Marks this tab as open to the others, then hands over what closed tabs left, now and whenever
   * another tab of the document closes later. Returns the way to close.
   */
  open(take: (left: LeftEdits) => void): () => void {
    const lock = holdTabLock(this.tabId);
    const closing = new AbortController();
    void lock.ready.then(() => this.claim(take, closing.signal));
    return () => {
      closing.abort();
      lock.release();
    };
  }

  private async claim(take: (left: LeftEdits) => void, signal: AbortSignal): Promise<void> {
    const takeAll = (entries: PendingEntry[]) => {
      const groups = new Map<number, PendingEntry[]>();
      for (const entry of entries) groups.set(entry.segmentId, [...(groups.get(entry.segmentId) ?? []), entry]);
      for (const [segmentId, group] of groups) take({ segmentId, merged: mergePendingEdits(group.map((entry) => entry.edit)), entries: group });
    };
    await claimPendingEdits(this.documentId, this.tabId, takeAll, signal).catch(() => {});
  }
}
