import type { NewSegment } from "../model";

/** `hasAnnotations`: annotated paragraphs are kept like translated ones, so no annotation is dropped. */
export type ExistingSegment = { id: number; source: string; target: string; hasAnnotations?: boolean };

/** One row of the re-cleaned document: a fresh paragraph, reusing an old segment (and its translation) when it matches. */
export type PlannedRow = NewSegment & { reuseId: number | null };

export type RecleaningPlan = {
  /** The document's segments in their new order. Kept rows (old, translated, unmatched) have their old source. */
  rows: PlannedRow[];
  /** Old segments with a translation or an annotation that matched no new paragraph: kept, never dropped. */
  keptIds: number[];
  /** Old segments without a translation that matched no new paragraph. */
  deleteIds: number[];
};

/** What re-running a cleanup did to a document's segments. */
export type RecleaningReport = {
  paragraphs: number;
  carried: number;
  kept: number;
  removed: number;
  /** Annotations found again at another place in their paragraph's new text. */
  reanchored: number;
  /** Annotations whose quoted text is no longer in their paragraph: kept, listed as detached. */
  detached: number;
};

/** The key paragraphs are matched by: full-width forms folded, whitespace dropped. */
export function matchKey(source: string): string {
  return source.normalize("NFKC").replace(/\s+/g, "");
}

/**
 * Maps a document's old segments onto the paragraphs of a new cleanup so that translations follow
 * their paragraph. An old translated segment that matches nothing stays, placed after the paragraph
 * that followed its predecessor, so no translation is ever lost by re-running a cleanup.
 */
export function planRecleaning(old: ExistingSegment[], fresh: NewSegment[]): RecleaningPlan {
  const byKey = new Map<string, number[]>();
  old.forEach((segment, index) => {
    const key = matchKey(segment.source);
    byKey.set(key, [...(byKey.get(key) ?? []), index]);
  });
  const used = new Set<number>();
  const freshRows = fresh.map((paragraph) => {
    const index = byKey.get(matchKey(paragraph.source))?.shift();
    if (index !== undefined) used.add(index);
    return { row: { ...paragraph, reuseId: index === undefined ? null : old[index].id }, oldIndex: index ?? -1 };
  });

  // Kept rows go right after the fresh row holding the nearest earlier old segment.
  const keptAfter = new Map<number, PlannedRow[]>(); // fresh row index (-1: at the start) → kept rows
  const keptIds: number[] = [];
  const deleteIds: number[] = [];
  let anchor = -1;
  const freshIndexOfOld = new Map(freshRows.map((r, i) => [r.oldIndex, i]));
  old.forEach((segment, index) => {
    if (used.has(index)) {
      anchor = freshIndexOfOld.get(index)!;
      return;
    }
    if (segment.target.trim() === "" && !segment.hasAnnotations) return deleteIds.push(segment.id);
    keptIds.push(segment.id);
    keptAfter.set(anchor, [...(keptAfter.get(anchor) ?? []), { kind: "body", source: segment.source, reuseId: segment.id }]);
  });

  const rows: PlannedRow[] = [...(keptAfter.get(-1) ?? [])];
  freshRows.forEach(({ row }, i) => rows.push(row, ...(keptAfter.get(i) ?? [])));
  return { rows, keptIds, deleteIds };
}
