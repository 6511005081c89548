"use client";
import { useCallback, useRef, useState } from "react";
import type { SplitRequest } from "./split-dialog";
import type { WordLookupState } from "./word-lookup";
import { editorReads } from "./editor-reads";

export type PanelName = "annotations" | "qa" | "conversion";

/**
 * What the editor opens besides the annotate and conversion dialogs: the help, a paragraph's history,
 * the split dialog, the dictionary card and the side panels. The openers keep their identity, so the
 * row commands built on them do not change.
 */
export function useEditorOpeners() {
  const [isHelpOpen, setHelpOpen] = useState(false);
  const [historyOf, setHistoryOf] = useState<{ id: number; n: number; version: number } | null>(null);
  const [splitRequest, setSplitRequest] = useState<SplitRequest | null>(null);
  const [lookup, setLookup] = useState<WordLookupState | null>(null);
  const [panel, setPanel] = useState<PanelName | null>(null);
  const [qaFocus, setQaFocus] = useState<number | null>(null);
  // Only the latest look-up may open a card: a press or a newer one drops those on their way.
  const lookupAsked = useRef(0);

  const openHelp = useCallback(() => setHelpOpen(true), []);
  const lookupWord = useCallback((text: string, point: { x: number; y: number }) => {
    const asked = ++lookupAsked.current;
    void editorReads.lookupWord({ text }).then((result) => {
      if (asked === lookupAsked.current && result.ok && result.data) setLookup({ match: result.data, ...point });
    });
  }, []);
  const closeLookup = useCallback(() => {
    lookupAsked.current++;
    setLookup(null);
  }, []);
  const openQa = useCallback((id: number | null) => {
    setPanel("qa");
    setQaFocus(id);
  }, []);
  const togglePanel = useCallback((name: PanelName) => {
    if (name === "qa") setQaFocus(null);
    setPanel((open) => (open === name ? null : name));
  }, []);

  return {
    isHelpOpen,
    openHelp,
    closeHelp: useCallback(() => setHelpOpen(false), []),
    historyOf,
    openHistory: setHistoryOf,
    closeHistory: useCallback(() => setHistoryOf(null), []),
    splitRequest,
    openSplit: setSplitRequest,
    closeSplit: useCallback(() => setSplitRequest(null), []),
    lookup,
    lookupWord,
    closeLookup,
    panel,
    qaFocus,
    openQa,
    togglePanel,
  };
}

export type EditorOpenersState = ReturnType<typeof useEditorOpeners>;
