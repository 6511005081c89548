import type { KeptChain, KeptEdit, KeptText, PendingEdit } from "./pending-edits";

const isSameText = (a: KeptText | null, b: KeptText | null) => !!a && !!b && a.target === b.target && a.status === b.status;

/** The saves that bring an entry's current text to the server: its unanswered edit, then its latest text under a fixed id. */
export function chainOf(edit: PendingEdit): KeptChain[] {
  const edits: KeptEdit[] = [];
  if (edit.sending) edits.push(edit.sending);
  if (edit.latest && !isSameText(edit.latest, edit.sending)) edits.push({ ...edit.latest, clientEditId: crypto.randomUUID() });
  return edits.length > 0 ? [{ baseVersion: edit.baseVersion, edits }] : [];
}

/**
 * One paragraph's kept entries (oldest first, e.g. from several closed tabs) as one: the newest
 * current text stays current, every older one is sent before it, so a conflict between them takes
 * the normal path (the newer one is refused and shown beside the older one).
 */
export function mergePendingEdits(entries: readonly PendingEdit[]): PendingEdit {
  const currentAt = entries.findLastIndex((entry) => entry.latest !== null);
  const current = entries[currentAt];
  return {
    changedAt: Math.max(0, ...entries.map((entry) => entry.changedAt)),
    baseVersion: current?.baseVersion ?? 0,
    sending: current?.sending ?? null,
    latest: current?.latest ?? null,
    backlog: entries.flatMap((entry, i) => [...entry.backlog, ...(i === currentAt ? [] : chainOf(entry))]),
    refused: entries.flatMap((entry) => entry.refused),
  };
}
