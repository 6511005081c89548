"use client";
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
export function focusedSegmentId(): number | null {
  const element = document.activeElement;
  return element instanceof HTMLTextAreaElement && element.dataset.segmentId ? Number(element.dataset.segmentId) : null;
}

/**
 * Reads the paragraphs among `ids` again and shows their texts where nobody is working on them here
 * (EditorStore.refresh); returns the ids it read.
 */
export async function refreshSegments(store: EditorStore, documentId: number, ids: readonly number[]): Promise<Segment[]> {
  const read: Segment[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const { segments } = await getJson<{ segments: Segment[] }>(`/api/documents/${documentId}/segments?ids=${ids.slice(i, i + CHUNK).join(",")}`);
    store.refresh(segments, focusedSegmentId());
    read.push(...segments);
  }
  return read;
}

/**
 * Compares every paragraph's version with the server's and shows the texts saved elsewhere meanwhile;
 * returns the paragraphs read again, and whether the server's paragraphs are others than the editor's
 * (split, joined or re-cleaned elsewhere: only a reload shows them).
 */
export async function refreshStale(store: EditorStore, documentId: number): Promise<{ segments: Segment[]; isRestructured: boolean }> {
  const { versions } = await getJson<{ versions: [number, number][] }>(`/api/documents/${documentId}/segments`);
  const order = store.ids();
  const isRestructured = store.getIsComplete() && (versions.length !== order.length || versions.some(([id], i) => order[i] !== id));
  return { segments: await refreshSegments(store, documentId, store.staleIds(new Map(versions))), isRestructured };
}
