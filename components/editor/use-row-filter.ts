"use client";
import { useCallback, useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { mappedString } from "@/lib/core/convert/mapped-text";
import { filterRows, type SegmentFilter } from "@/lib/core/editor/segment-filter";
import type { EditorStore } from "./editor-store";
import type { MarksStore } from "./marks-store";
import { useMatchKey } from "./use-source-view";

/**
 * The status filter and the find query (matched in any script through the match key, which the
 * marks also use to draw the hits), and the rows they leave. The list is a snapshot: a paragraph that
 * stops matching while it is worked on stays until the filter, the query or the notes change.
 */
export function useRowFilter(store: EditorStore, marks: MarksStore, order: readonly number[]) {
  const [filter, setFilter] = useState<SegmentFilter>("all");
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query.trim());
  const snapshot = useSyncExternalStore(marks.subscribe, marks.getSnapshot, marks.getSnapshot);
  const toKey = useMatchKey(query !== "" || snapshot.terms.length > 0);
  const queryKey = toKey && deferredQuery ? mappedString(toKey(deferredQuery)) : "";
  useEffect(() => marks.setMatching(toKey, queryKey), [marks, toKey, queryKey]);

  const visible = useMemo(
    () =>
      filterRows(
        order.map((id) => ({ id, status: store.row(id)?.draft.status ?? "untranslated", hasNotes: snapshot.hasNotes(id) })),
        filter,
        queryKey ? { key: queryKey, sourceKey: (row) => snapshot.sourceKeyOf(row.id), target: (row) => store.row(row.id)?.draft.target ?? "" } : null,
      ).map((index) => order[index]),
    [order, filter, queryKey, store, snapshot],
  );

  const showAll = useCallback(() => {
    setFilter("all");
    setQuery("");
  }, []);

  return { filter, setFilter, query, setQuery, visible, showAll };
}
