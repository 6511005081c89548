"use client";
import { useMemo } from "react";
import { createRowCommands, type RowCommandsInput } from "./row-commands";

/** The row commands, rebuilt only when something they read changes (rows are memoised on them). */
export function useRowCommands({ store, marks, matches, mt, visible, view, isApple, focusRow, takeFocus, openers, selection }: RowCommandsInput) {
  const { openHelp, openHistory, openSplit, join, annotate, lookup, closeLookup, openQa, toggleLock, confirmed, fillRepetitions } = openers;
  return useMemo(
    () =>
      createRowCommands({
        store,
        marks,
        matches,
        mt,
        visible,
        view,
        isApple,
        focusRow,
        takeFocus,
        selection,
        openers: { openHelp, openHistory, openSplit, join, annotate, lookup, closeLookup, openQa, toggleLock, confirmed, fillRepetitions },
      }),
    [store, marks, matches, mt, visible, view, isApple, focusRow, takeFocus, selection, openHelp, openHistory, openSplit, join, annotate, lookup, closeLookup, openQa, toggleLock, confirmed, fillRepetitions],
  );
}
