import type { SegmentStatus } from "../model";

/** What the editor can narrow the list to. "notes": paragraphs with at least one annotation. */
export const SEGMENT_FILTERS = ["all", "untranslated", "draft", "translated", "reviewed", "notes"] as const;
export type SegmentFilter = (typeof SEGMENT_FILTERS)[number];

export type FilterableRow = { status: SegmentStatus; hasNotes: boolean };

/** Whether a paragraph passes a filter. */
export function matchesFilter(row: FilterableRow, filter: SegmentFilter): boolean {
  if (filter === "all") return true;
  if (filter === "notes") return row.hasNotes;
  return row.status === filter;
}

/**
 * Whether a paragraph contains a query: in the source through match keys (so 随州 finds 隨州, and
 * full-width and case do not matter), in the translation case-insensitively.
 */
export function matchesQuery(sourceKey: string, target: string, queryKey: string): boolean {
  if (queryKey === "") return true;
  return sourceKey.includes(queryKey) || target.toLowerCase().includes(queryKey);
}

/** The indices of the rows that pass a filter and a query, in document order. */
export function filterRows<R extends FilterableRow>(
  rows: readonly R[],
  filter: SegmentFilter,
  query: { key: string; sourceKey: (row: R, index: number) => string; target: (row: R) => string } | null,
): number[] {
  const indices: number[] = [];
  rows.forEach((row, i) => {
    if (!matchesFilter(row, filter)) return;
    if (query && query.key !== "" && !matchesQuery(query.sourceKey(row, i), query.target(row), query.key)) return;
    indices.push(i);
  });
  return indices;
}

/** The first index after `from` (wrapping round) whose status is `status`, or null. */
export function nextWithStatus(statuses: readonly SegmentStatus[], from: number, status: SegmentStatus): number | null {
  for (let step = 1; step <= statuses.length; step++) {
    const i = (from + step) % statuses.length;
    if (i !== from && statuses[i] === status) return i;
  }
  return null;
}
