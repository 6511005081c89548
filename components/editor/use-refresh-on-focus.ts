"use client";
import { useEffect } from "react";
import type { Segment } from "@/lib/core/model";
import type { EditorStore } from "./editor-store";

// Ids per request for the changed paragraphs' texts, so that the URL stays short.
const CHUNK = 200;

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** The paragraph whose translation box has the cursor, if any. */
function focusedSegmentId(): number | null {
  const element = document.activeElement;
  return element instanceof HTMLTextAreaElement && element.dataset.segmentId ? Number(element.dataset.segmentId) : null;
}

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
        const base = `/api/documents/${documentId}/segments`;
        const { versions } = await getJson<{ versions: [number, number][] }>(base);
        const stale = store.staleIds(new Map(versions));
        for (let i = 0; i < stale.length; i += CHUNK) {
          const { segments } = await getJson<{ segments: Segment[] }>(`${base}?ids=${stale.slice(i, i + CHUNK).join(",")}`);
          store.refresh(segments, focusedSegmentId());
        }
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
