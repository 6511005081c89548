"use client";
import { useRef, useState } from "react";
import type { ActionFailure } from "@/lib/core/action-result";
import type { MtEstimate } from "@/lib/core/mt/estimate-cost";
import { MT_ROUTES, type DraftEvent, type DraftRequest, type DraftSummary } from "@/lib/core/mt/mt-contract";
import type { EditorStore } from "./editor-store";

export type MtDraftState =
  | { kind: "closed" }
  | { kind: "estimating" }
  | { kind: "ready"; estimate: MtEstimate }
  | { kind: "running"; done: number; total: number; failures: { segmentId: number; error: ActionFailure }[] }
  | { kind: "finished"; summary: DraftSummary; failures: { segmentId: number; error: ActionFailure }[] }
  | { kind: "failed"; error: ActionFailure };

/** Reads a response of newline-delimited JSON events as they arrive. */
async function readEvents(response: Response, take: (event: DraftEvent) => void): Promise<void> {
  if (!response.ok || !response.body) throw new Error(`MT draft: ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    buffer += decoder.decode(chunk.value, { stream: true });
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) if (line.trim()) take(JSON.parse(line) as DraftEvent);
  }
  if (buffer.trim()) take(JSON.parse(buffer) as DraftEvent);
}

/**
 * "Draft with MT…": first what would be sent (paragraphs, requests, characters), then the drafts
 * streamed in one by one with a progress bar, each applied to its row as it is saved; Stop aborts the
 * request, and the server sends and saves nothing more. A translation is never replaced.
 */
export function useMtDraft({ documentId, store }: { documentId: number; store: EditorStore }) {
  const [state, setState] = useState<MtDraftState>({ kind: "closed" });
  const running = useRef<AbortController | null>(null);
  const post = (body: Omit<DraftRequest, "segmentIds"> & { segmentIds?: readonly number[] }, signal?: AbortSignal) =>
    fetch(MT_ROUTES.draft(documentId), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), signal });

  const open = async (segmentIds?: readonly number[]) => {
    setState({ kind: "estimating" });
    await store.flushAll();
    try {
      await readEvents(await post({ segmentIds, dryRun: true }), (event) => {
        if (event.type === "estimate") setState({ kind: "ready", estimate: event });
        if (event.type === "error") setState({ kind: "failed", error: { ok: false, code: event.code, params: event.params } });
      });
    } catch {
      setState({ kind: "failed", error: { ok: false, code: "REQUEST_FAILED" } });
    }
  };

  const start = async (segmentIds?: readonly number[]) => {
    const controller = new AbortController();
    running.current = controller;
    const failures: { segmentId: number; error: ActionFailure }[] = [];
    let progress = { done: 0, total: 0 };
    const counts = { filled: 0, failed: 0, skipped: 0 };
    setState({ kind: "running", ...progress, failures });
    try {
      await readEvents(await post({ segmentIds }, controller.signal), (event) => {
        if (event.type === "filled" || event.type === "skipped" || event.type === "failed") {
          progress = { done: event.done, total: event.total };
          if (event.type === "filled") {
            store.adopt(event.segment);
            counts.filled++;
          }
          if (event.type === "skipped") counts.skipped++;
          if (event.type === "failed") {
            failures.push({ segmentId: event.segmentId, error: { ok: false, code: event.code, params: event.params } });
            counts.failed++;
          }
          setState({ kind: "running", ...progress, failures: [...failures] });
        }
        if (event.type === "summary") setState({ kind: "finished", summary: event, failures });
        if (event.type === "error") setState({ kind: "failed", error: { ok: false, code: event.code, params: event.params } });
      });
    } catch {
      if (controller.signal.aborted) setState({ kind: "finished", summary: { ...counts, cancelled: true }, failures });
      else setState({ kind: "failed", error: { ok: false, code: "REQUEST_FAILED" } });
    } finally {
      running.current = null;
    }
  };

  const stop = () => running.current?.abort();
  const close = () => {
    stop();
    setState({ kind: "closed" });
  };

  return { state, open, start, stop, close };
}

export type MtDraft = ReturnType<typeof useMtDraft>;
