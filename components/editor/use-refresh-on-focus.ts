"use client";
import { useEffect } from "react";
import type { EditorStore } from "./editor-store";
import { refreshStale } from "./refresh-stale";

/**
 * When the page comes back to the front (focus, or visible again), shows the texts saved elsewhere
 * meanwhile in the paragraphs the translator is not working on (EditorStore.refresh).
 */
export function useRefreshOnFocus(store: EditorStore, documentId: number): void {
  useEffect(() => {
    let isRunning = false;
    const refresh = async () => {
      if (isRunning || document.visibilityState !== "visible") return;
      isRunning = true;
      try {
        await refreshStale(store, documentId);
      } catch {
        // Offline, or the server restarting: the next time the page comes to the front tries again.
      } finally {
        isRunning = false;
      }
    };
    const onFocus = () => void refresh();
    document.addEventListener("visibilitychange", onFocus);
    window.addEventListener("focus", onFocus);
    return () => {
      document.removeEventListener("visibilitychange", onFocus);
      window.removeEventListener("focus", onFocus);
    };
  }, [store, documentId]);
}
