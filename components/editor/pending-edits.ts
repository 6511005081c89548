import type { SegmentStatus } from "@/lib/core/model";

export type KeptText = { target: string; status: SegmentStatus };
export type KeptEdit = KeptText & { clientEditId: string };
/** Older texts of a paragraph to save in order, the first based on baseVersion, each next one on the version the previous produced. */
export type KeptChain = { baseVersion: number; edits: KeptEdit[] };

/** What the server has not yet confirmed for one paragraph, kept in the browser so a reload or a closed tab loses nothing. */
export type PendingEdit = {
  /** When the translator last changed the text (ms): kept edits of several tabs are sent oldest first. */
  changedAt: number;
  /** The version the current text is based on: a resend after someone else saved becomes a conflict. */
  baseVersion: number;
  /** Sent, but no answer came: resent first with the same id, so the server applies it at most once. */
  sending: KeptEdit | null;
  /** The current text; null when the server has it and only `backlog` or `refused` remain. */
  latest: KeptText | null;
  /** Texts of closed tabs, sent before the current one. */
  backlog: KeptChain[];
  /** Texts a conflict's resolution set aside, to be kept as refused revisions. */
  refused: KeptEdit[];
};

/** One kept entry; tabId is null for an entry written before entries were kept per tab (v1). */
export type PendingEntry = { key: string; segmentId: number; tabId: string | null; edit: PendingEdit };

// v1 keyed entries by paragraph only, so two tabs overwrote each other; v2 adds the writing tab's id.
const V1 = "duizhao:pending:v1:";
const V2 = "duizhao:pending:v2:";
export const pendingKey = (documentId: number, segmentId: number, tabId: string) => `${V2}${documentId}:${segmentId}:${tabId}`;

export function browserStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Keeps or forgets this tab's pending edit of one segment; returns false when the browser would not store it. */
export function writePendingEdit(key: string, edit: PendingEdit | null, store = browserStorage()): boolean {
  if (!store) return false;
  try {
    if (edit) store.setItem(key, JSON.stringify(edit));
    else store.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

export function removePendingEntries(entries: readonly PendingEntry[], store = browserStorage()): void {
  for (const entry of entries) store?.removeItem(entry.key);
}

const isText = (value: unknown): value is KeptText =>
  typeof value === "object" && value !== null && typeof (value as KeptText).target === "string" && typeof (value as KeptText).status === "string";
const isEdit = (value: unknown): value is KeptEdit => isText(value) && typeof (value as KeptEdit).clientEditId === "string";

function toPendingEdit(value: unknown): PendingEdit | null {
  if (typeof value !== "object" || value === null) return null;
  const edit = value as Partial<PendingEdit>;
  if (typeof edit.baseVersion !== "number" || !(edit.latest === null || isText(edit.latest))) return null;
  if (edit.sending != null && !isEdit(edit.sending)) return null;
  const backlog = Array.isArray(edit.backlog)
    ? edit.backlog.filter((chain) => typeof chain?.baseVersion === "number" && Array.isArray(chain.edits) && chain.edits.every(isEdit))
    : [];
  const refused = Array.isArray(edit.refused) ? edit.refused.filter(isEdit) : [];
  return { changedAt: typeof edit.changedAt === "number" ? edit.changedAt : 0, baseVersion: edit.baseVersion, sending: edit.sending ?? null, latest: edit.latest, backlog, refused };
}

/** Every pending edit kept for a document, by every tab (and the v1 ones), oldest change first. */
export function readPendingEdits(documentId: number, store = browserStorage()): PendingEntry[] {
  const found: PendingEntry[] = [];
  if (!store) return found;
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    const where = key ? parseKey(key, documentId) : null;
    if (!key || !where) continue;
    try {
      const edit = toPendingEdit(JSON.parse(store.getItem(key) ?? "null"));
      if (edit) found.push({ key, ...where, edit });
    } catch {
      // A damaged entry is left where it is rather than deleted: it may still be read by hand.
    }
  }
  return found.sort((a, b) => a.edit.changedAt - b.edit.changedAt);
}

/** The paragraph and tab a kept entry's key names, or null when it is not a key of this document. */
export function parseKey(key: string, documentId: number): { segmentId: number; tabId: string | null } | null {
  for (const [prefix, hasTab] of [[`${V2}${documentId}:`, true], [`${V1}${documentId}:`, false]] as const) {
    if (!key.startsWith(prefix)) continue;
    const [segment, tabId = null, ...rest] = key.slice(prefix.length).split(":");
    const segmentId = Number(segment);
    if (!Number.isSafeInteger(segmentId) || rest.length > 0 || (tabId === null) === hasTab) return null;
    return { segmentId, tabId };
  }
  return null;
}
