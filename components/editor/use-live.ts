"use client";
import { useEffect } from "react";
import type { ActionResult } from "@/lib/core/action-result";
import type { LiveEvent, LiveStreamEvent } from "@/lib/core/live/live-event";
import { PRESENCE_HEARTBEAT_MS } from "@/lib/core/live/presence";
import type { HearTogether } from "@/components/together/together-layer";
import type { EditorStore } from "./editor-store";
import type { LiveStore } from "./live-store";

/** reportPresenceAction, settled: where this tab's cursor is. */
export type ReportPresence = (input: { documentId: number; clientId: string; segmentId: number | null }) => Promise<ActionResult<null>>;
import { focusedSegmentId, refreshSegments, refreshStale } from "./refresh-stale";

/** Changes arriving together are read in one request. */
const GATHER_MS = 60;
/** After the server refused the stream (signed out, restarting), another try. */
const RETRY_MS = 5_000;

type Changes = Extract<LiveEvent, { type: "segments" }>;

/**
 * Keeps the open editor live (GET /api/documents/ID/live): paragraphs saved elsewhere are read and shown
 * where nobody works on them here (a paragraph with the cursor or unsaved text keeps it, and its next
 * save meets the conflict flow); after a reconnection every version is compared, so nothing is missed.
 * With accounts, it also says where this tab's cursor is (reportPresence), every few seconds and when it
 * moves; leaving needs no call: closing the stream (the tab, or the editor, goes) tells the server.
 * Comments and saves elsewhere also go to `hearTogether` (comment counts, "changed after review" marks).
 */
export function useLive(store: EditorStore, live: LiveStore, documentId: number, reportPresence: ReportPresence, hearTogether: HearTogether | null = null): void {
  useEffect(() => {
    // The tab's id goes with the stream: when it closes, the server ends this tab's presence.
    const url = `/api/documents/${documentId}/live?client=${encodeURIComponent(live.clientId)}`;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let gather: ReturnType<typeof setTimeout> | undefined;
    let hasOpened = false;
    let isClosed = false;
    const pending: Changes[] = [];
    // Paragraphs changed elsewhere while worked on here: read again once the cursor leaves.
    const held = new Set<number>();

    const applyPending = async () => {
      const events = pending.splice(0);
      const newer = (event: Changes) => event.segments.filter(({ id, version }) => version > store.knownVersion(id)).map(({ id }) => id);
      const ids = [...new Set(events.flatMap(newer))];
      if (ids.length === 0) return;
      const changes = events.map((event) => ({ name: event.by.name, ids: newer(event) }));
      await refreshSegments(store, documentId, ids);
      for (const id of ids) if (events.some((event) => event.segments.some((s) => s.id === id && s.version > store.knownVersion(id)))) held.add(id);
      // A paragraph with a save of its own under way may be this tab's own save told back: its answer, or the conflict flow, says more.
      for (const { name, ids: changed } of changes) live.markChanged(changed.filter((id) => !held.has(id) || store.row(id)?.saveState === "saved"), name, Date.now());
    };
    const compareAll = async () => {
      const { isRestructured } = await refreshStale(store, documentId);
      if (isRestructured) live.markRestructured();
    };
    const quietly = (work: Promise<unknown>) => void work.catch(() => undefined);

    const onEvent = (event: LiveStreamEvent) => {
      switch (event.type) {
        case "hello":
          live.hello(event.presence, event.isPresenceOn, Date.now());
          // A reconnection: whatever was saved meanwhile.
          if (hasOpened) quietly(compareAll());
          hasOpened = true;
          report();
          return;
        case "segments":
          hearTogether?.();
          pending.push(event);
          clearTimeout(gather);
          gather = setTimeout(() => quietly(applyPending()), GATHER_MS);
          return;
        case "reload":
        case "resync":
          quietly(compareAll());
          return;
        case "comments":
          hearTogether?.(event.segmentId);
          return;
        case "presence":
          live.applyPresence(event.entry, event.isLeaving === true, Date.now());
          return;
      }
    };

    const connect = () => {
      source = new EventSource(url);
      for (const type of ["hello", "segments", "reload", "resync", "comments", "presence"]) {
        source.addEventListener(type, (message) => onEvent(JSON.parse((message as MessageEvent<string>).data) as LiveStreamEvent));
      }
      source.onerror = () => {
        // EventSource reconnects by itself after a lost connection, but not after an error answer.
        if (source?.readyState !== EventSource.CLOSED || isClosed) return;
        retry = setTimeout(connect, RETRY_MS);
      };
    };

    let lastReported: number | null | undefined;
    const report = () => {
      if (!live.isPresenceOn || isClosed) return;
      const segmentId = focusedSegmentId();
      lastReported = segmentId;
      // A refusal or a lost request is forgotten: the next heartbeat says it again.
      void reportPresence({ documentId, clientId: live.clientId, segmentId });
    };
    let moved: ReturnType<typeof setTimeout> | undefined;
    const onFocusChange = () => {
      clearTimeout(moved);
      moved = setTimeout(() => {
        if (focusedSegmentId() !== lastReported) report();
        const free = [...held].filter((id) => id !== focusedSegmentId());
        if (free.length === 0) return;
        for (const id of free) held.delete(id);
        quietly(refreshSegments(store, documentId, free));
      }, 150);
    };
    const heartbeat = setInterval(() => {
      report();
      live.tick(Date.now());
    }, PRESENCE_HEARTBEAT_MS);

    connect();
    document.addEventListener("focusin", onFocusChange);
    document.addEventListener("focusout", onFocusChange);
    return () => {
      isClosed = true;
      source?.close();
      clearTimeout(retry);
      clearTimeout(gather);
      clearTimeout(moved);
      clearInterval(heartbeat);
      document.removeEventListener("focusin", onFocusChange);
      document.removeEventListener("focusout", onFocusChange);
    };
  }, [store, live, documentId, reportPresence, hearTogether]);
}
