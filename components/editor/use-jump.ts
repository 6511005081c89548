"use client";
import { useCallback, useEffect, useRef } from "react";

type Options = {
  visible: readonly number[];
  focusRow: (id: number) => void;
  /** Clears the filter and the find query, so that every paragraph is listed. */
  showAll: () => void;
  /** Called first (the Tools menu closes, so the list scrolls on a settled page). */
  beforeJump: () => void;
};

/** Goes to a paragraph by id; one hidden by the filter or the find query makes the list show all first. */
export function useJump({ visible, focusRow, showAll, beforeJump }: Options) {
  const pending = useRef<number | null>(null);

  useEffect(() => {
    if (pending.current === null || !visible.includes(pending.current)) return;
    focusRow(pending.current);
    pending.current = null;
  }, [visible, focusRow]);

  return useCallback(
    (id: number) => {
      beforeJump();
      if (visible.includes(id)) return focusRow(id);
      pending.current = id;
      showAll();
    },
    [visible, focusRow, showAll, beforeJump],
  );
}
