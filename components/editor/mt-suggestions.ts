import type { ActionFailure } from "@/lib/core/action-result";
import type { SuggestionEvent } from "@/lib/core/mt/mt-contract";
import { MT_ROUTES } from "@/lib/core/mt/mt-contract";
import { createSseReader } from "@/lib/core/mt/parse-sse";
import type { EditorStore } from "./editor-store";
import { Listeners } from "./listeners";

export type MtState =
  | { kind: "off" }
  | { kind: "idle" }
  | { kind: "streaming"; segmentId: number; n: number; text: string }
  | { kind: "ready"; segmentId: number; n: number; text: string; origin: string; isCached: boolean }
  | { kind: "failed"; segmentId: number; n: number; error: ActionFailure }
  | { kind: "cancelled"; segmentId: number; n: number };

// Like the memory matches: only a paragraph that keeps the cursor this long is sent to the provider.
const DEBOUNCE_MS = 400;

/**
 * The machine translation of the focused paragraph, outside React: asked when a paragraph keeps the
 * cursor, streamed in as the provider writes it, dropped (and its request aborted) when the cursor
 * moves on or the translator cancels. The server caches answers, so coming back costs nothing.
 */
export class MtSuggestions {
  private state: MtState;
  private current: number | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private request: AbortController | null = null;
  private listeners = new Listeners();

  constructor(
    private readonly documentId: number,
    private readonly store: EditorStore,
    isConfigured: boolean,
  ) {
    this.state = isConfigured ? { kind: "idle" } : { kind: "off" };
  }

  subscribe = this.listeners.subscribe;
  getSnapshot = (): MtState => this.state;

  /** The finished suggestion for a paragraph, if it is the one shown. */
  readyFor(segmentId: number): { text: string; origin: string } | null {
    return this.state.kind === "ready" && this.state.segmentId === segmentId ? this.state : null;
  }

  focused = (segmentId: number): void => {
    if (this.state.kind === "off" || segmentId === this.current) return;
    this.stop();
    this.current = segmentId;
    const n = this.store.numberOf(segmentId);
    this.set({ kind: "streaming", segmentId, n, text: "" });
    this.timer = setTimeout(() => void this.fetch(segmentId, n), DEBOUNCE_MS);
  };

  /** Asks again for the paragraph shown (after a cancel or a failure). */
  retry = (): void => {
    const { state } = this;
    if (state.kind !== "cancelled" && state.kind !== "failed") return;
    this.current = null;
    this.focused(state.segmentId);
  };

  cancel = (): void => {
    const { state } = this;
    if (state.kind !== "streaming") return;
    this.stop();
    this.set({ kind: "cancelled", segmentId: state.segmentId, n: state.n });
  };

  close(): void {
    this.stop();
    this.current = null;
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.request?.abort();
    this.request = null;
  }

  private async fetch(segmentId: number, n: number): Promise<void> {
    const request = new AbortController();
    this.request = request;
    const isCurrent = () => this.request === request;
    try {
      const response = await fetch(MT_ROUTES.suggestion(this.documentId, segmentId), { signal: request.signal, headers: { Accept: "text/event-stream" } });
      if (!response.ok || !response.body) throw new Error(`MT suggestion: ${response.status}`);
      const reader = createSseReader();
      const decoder = new TextDecoder();
      let text = "";
      const take = (event: SuggestionEvent) => {
        if (event.type === "delta") text += event.text;
        if (event.type === "restart") text = "";
        if (event.type === "delta" || event.type === "restart") this.set({ kind: "streaming", segmentId, n, text });
        if (event.type === "done") this.set({ kind: "ready", segmentId, n, text: event.text, origin: event.origin, isCached: event.cached });
        if (event.type === "error") this.set({ kind: "failed", segmentId, n, error: { ok: false, code: event.code, params: event.params } });
      };
      const body = response.body.getReader();
      for (let chunk = await body.read(); !chunk.done; chunk = await body.read()) {
        if (!isCurrent()) return;
        for (const event of reader.feed(decoder.decode(chunk.value, { stream: true }))) take(JSON.parse(event.data) as SuggestionEvent);
      }
      for (const event of reader.end()) take(JSON.parse(event.data) as SuggestionEvent);
      if (isCurrent() && this.state.kind === "streaming") throw new Error("MT suggestion: the stream ended without an answer");
    } catch {
      if (isCurrent()) this.set({ kind: "failed", segmentId, n, error: { ok: false, code: "REQUEST_FAILED" } });
    } finally {
      if (isCurrent()) this.request = null;
    }
  }

  private set(state: MtState): void {
    this.state = state;
    this.listeners.notify();
  }
}
