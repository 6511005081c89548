/** Where activity is read from: saved texts, batches (replace all, status changes, locks…), comments. */
export const ACTIVITY_KINDS = ["revision", "batch", "comment"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/**
 * A place in the activity, newest first: items are ordered by time, then kind, then id (all descending),
 * so a page ends at a cursor the next page starts after, even among items of the same millisecond.
 */
export type ActivityCursor = { at: number; kind: ActivityKind; id: number };

const RANK: Record<ActivityKind, number> = { revision: 0, batch: 1, comment: 2 };

/** Whether item `a` comes before `b` in the activity's order (newest first). */
export function comesBefore(a: ActivityCursor, b: ActivityCursor): boolean {
  if (a.at !== b.at) return a.at > b.at;
  if (a.kind !== b.kind) return RANK[a.kind] > RANK[b.kind];
  return a.id > b.id;
}

/** The kinds ordered after `kind` among items of the same time (a page continues with them). */
export function kindsAfter(kind: ActivityKind): ActivityKind[] {
  return ACTIVITY_KINDS.filter((other) => RANK[other] < RANK[kind]);
}

/** The cursor as written in a URL ("1733222400000.revision.42"), and read back (null when malformed). */
export function formatCursor(cursor: ActivityCursor): string {
  return `${cursor.at}.${cursor.kind}.${cursor.id}`;
}

export function parseCursor(text: string | undefined): ActivityCursor | null {
  const match = /^(\d{1,15})\.(revision|batch|comment)\.(\d{1,15})$/.exec(text ?? "");
  return match ? { at: Number(match[1]), kind: match[2] as ActivityKind, id: Number(match[3]) } : null;
}
