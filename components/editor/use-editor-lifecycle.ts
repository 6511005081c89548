"use client";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { useSearchParams } from "next/navigation";
import { matchShortcut } from "@/lib/core/editor/shortcuts";
import { isApplePlatform, useIsApple } from "@/components/ui/use-is-apple";
import type { EditorStore, Summary } from "./editor-store";
import type { MemoryMatches } from "./memory-matches";
import type { MtSuggestions } from "./mt-suggestions";

const noSubscription = () => () => {};

type Options = {
  store: EditorStore;
  matches: MemoryMatches;
  mt: MtSuggestions;
  summary: Summary;
  focusRow: (id: number) => void;
  /** The document-wide keys: ? for help, Ctrl+Shift+L for the conversion review, Ctrl+H (⌘⇧H) for find and replace. */
  onHelp: () => void;
  onToggleReview: () => void;
  onReplace: () => void;
};

/**
 * The editor's life in the page: open to other tabs while mounted; every pending text sent when the
 * page is hidden, back online, or left; a warning before closing only when a text could be lost; the
 * document-wide keys; and a link to a paragraph (?segment=ID) followed once the list is drawn.
 * Returns what is known only in the browser: whether the list can be drawn, and the platform.
 */
export function useEditorLifecycle({ store, matches, mt, summary, focusRow, onHelp, onToggleReview, onReplace }: Options) {
  const isMounted = useSyncExternalStore(noSubscription, () => true, () => false);
  const isApple = useIsApple();

  useEffect(() => {
    const close = store.open();
    const onHide = () => {
      if (document.visibilityState === "hidden") void store.flushAll();
    };
    const onOnline = () => void store.flushAll();
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("online", onOnline);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("online", onOnline);
      // Leaving the page within the app: send what is still waiting for its pause.
      void store.flushAll();
      matches.close();
      mt.close();
      close();
    };
  }, [store, matches, mt]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const element = event.target as HTMLElement | null;
      const inText = !!element?.closest("input, textarea, select, [contenteditable]");
      const shortcut = matchShortcut(event, { isApple: isApplePlatform(), inText });
      if ((shortcut !== "help" && shortcut !== "reviewConversion" && shortcut !== "replace") || document.querySelector("dialog[open]")) return;
      event.preventDefault();
      if (shortcut === "help") onHelp();
      else if (shortcut === "replace") onReplace();
      else onToggleReview();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [onHelp, onToggleReview, onReplace]);

  // Closing the tab asks first only when an unsent text could not be kept in the browser.
  const isAtRisk = summary.saveState !== "saved" && !summary.isPersisted;
  useEffect(() => {
    if (!isAtRisk) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [isAtRisk]);

  // A link from a memory match or a concordance hit: /documents/ID?segment=SEGMENT_ID opens at that paragraph.
  const linkedSegment = Number(useSearchParams().get("segment"));
  const followed = useRef(0);
  useEffect(() => {
    if (!isMounted || !linkedSegment || followed.current === linkedSegment) return;
    followed.current = linkedSegment;
    focusRow(linkedSegment);
  }, [isMounted, linkedSegment, focusRow]);

  return { isMounted, isApple };
}
