import type { SegmentStatus } from "@/lib/core/model";

/** A text not yet confirmed by the server, kept in the browser so a reload or a closed tab loses nothing. */
export type PendingEdit = {
  /** The version the edits are based on: a resend after someone else saved becomes a conflict. */
  baseVersion: number;
  /** Sent, but no answer came: resent first with the same id, so the server applies it at most once. */
  sending: { target: string; status: SegmentStatus; clientEditId: string } | null;
  latest: { target: string; status: SegmentStatus };
};

const PREFIX = "duizhao:pending:v1:";
const keyOf = (documentId: number, segmentId: number) => `${PREFIX}${documentId}:${segmentId}`;

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Keeps or forgets one segment's pending edit; returns false when the browser would not store it. */
export function writePendingEdit(documentId: number, segmentId: number, edit: PendingEdit | null): boolean {
  const store = storage();
  if (!store) return false;
  try {
    if (edit) store.setItem(keyOf(documentId, segmentId), JSON.stringify(edit));
    else store.removeItem(keyOf(documentId, segmentId));
    return true;
  } catch {
    return false;
  }
}

function isPendingEdit(value: unknown): value is PendingEdit {
  if (typeof value !== "object" || value === null) return false;
  const edit = value as Partial<PendingEdit>;
  return typeof edit.baseVersion === "number" && typeof edit.latest?.target === "string" && typeof edit.latest.status === "string";
}

/** Every pending edit kept for a document, by segment id. */
export function readPendingEdits(documentId: number): Map<number, PendingEdit> {
  const found = new Map<number, PendingEdit>();
  const store = storage();
  if (!store) return found;
  const prefix = `${PREFIX}${documentId}:`;
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(prefix)) continue;
    try {
      const value: unknown = JSON.parse(store.getItem(key) ?? "null");
      if (isPendingEdit(value)) found.set(Number(key.slice(prefix.length)), value);
    } catch {
      // A damaged entry is left where it is rather than deleted: it may still be read by hand.
    }
  }
  return found;
}
