import { parseKey, readPendingEdits, type PendingEntry } from "./pending-edits";

// Web Locks are freed by the browser when a tab closes or crashes: a held tab lock means an open tab.
const tabLockName = (tabId: string) => `duizhao:tab:${tabId}`;

function webLocks(): LockManager | null {
  return typeof navigator === "undefined" ? null : (navigator.locks ?? null);
}

/** Tells other tabs that this editor is open, until release; ready once they can see it. */
export function holdTabLock(tabId: string): { ready: Promise<void>; release: () => void } {
  const locks = webLocks();
  if (!locks) return { ready: Promise.resolve(), release: () => {} };
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const ready = new Promise<void>((resolve) => {
    locks.request(tabLockName(tabId), () => (resolve(), held)).catch(() => resolve());
  });
  return { ready, release };
}

/**
 * Hands `take` the entries kept for a document by tabs that are no longer open (and the v1 ones),
 * under a lock per document, so two new tabs never take the same entry and an open tab's entries
 * are never taken. `take` runs inside the lock and must move what it takes before returning.
 * A tab that is still open is waited for, and so is one that starts keeping entries later: when it
 * closes (its lock is freed, which the browser may do a moment after the tab is gone), `take` is
 * called again with what it left, until `signal` aborts.
 * Without Web Locks (a page not served from a secure origin) no tab can tell which tabs are open:
 * every other tab's entries are taken, which at worst turns a text into a needless conflict.
 */
export async function claimPendingEdits(
  documentId: number,
  tabId: string,
  take: (entries: PendingEntry[]) => void,
  signal?: AbortSignal,
): Promise<void> {
  const others = () => readPendingEdits(documentId).filter((entry) => entry.tabId !== tabId);
  const locks = webLocks();
  if (!locks) return take(others());
  const awaited = new Set<string>();
  const claim = (closedTab?: string) =>
    locks.request(`duizhao:pending:${documentId}`, { signal }, async () => {
      const { held = [] } = await locks.query();
      const open = new Set(held.map((lock) => lock.name));
      if (closedTab) open.delete(tabLockName(closedTab));
      const isOpen = (entry: PendingEntry) => entry.tabId !== null && open.has(tabLockName(entry.tabId));
      const entries = others();
      take(entries.filter((entry) => !isOpen(entry)));
      for (const entry of entries) if (isOpen(entry) && !awaited.has(entry.tabId!)) waitForClose(entry.tabId!);
    });
  const waitForClose = (otherTab: string) => {
    awaited.add(otherTab);
    locks.request(tabLockName(otherTab), { signal }, () => claim(otherTab)).catch(() => {});
  };
  const onStorage = (event: StorageEvent) => {
    const where = event.key && event.newValue !== null ? parseKey(event.key, documentId) : null;
    if (where?.tabId && where.tabId !== tabId && !awaited.has(where.tabId)) waitForClose(where.tabId);
  };
  window.addEventListener("storage", onStorage);
  signal?.addEventListener("abort", () => window.removeEventListener("storage", onStorage));
  await claim();
}
