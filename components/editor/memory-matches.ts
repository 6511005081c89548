import type { ActionResult } from "@/lib/core/action-result";
import type { MemoryMatch } from "@/lib/core/memory/memory-types";
import type { EditorStore } from "./editor-store";
import type { MatchesState } from "./memory-panel";
import { Listeners } from "./listeners";

export type FindMatchesAction = (input: { documentId: number; segmentId: number }) => Promise<ActionResult<MemoryMatch[]>>;


// Moving through paragraphs with Alt+↓ focuses each on the way: only a paragraph that keeps focus
// this long is looked up.
const DEBOUNCE_MS = 200;

/**
 * The memory matches of the focused paragraph, outside React: `focused(id)` on every focus; the
 * lookup waits for a pause, and an answer for a paragraph that is no longer focused is dropped.
 */
export class MemoryMatches {
  private state: MatchesState = { kind: "idle" };
  private current: number | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Listeners();

  constructor(
    private readonly documentId: number,
    private readonly store: EditorStore,
    private readonly find: FindMatchesAction,
  ) {}

  subscribe = this.listeners.subscribe;

  getSnapshot = (): MatchesState => this.state;

  /** The match shown at `index` for a paragraph, if its matches are the ones shown. */
  matchAt(segmentId: number, index: number): MemoryMatch | undefined {
    return this.state.kind === "ready" && this.state.segmentId === segmentId ? this.state.matches[index] : undefined;
  }

  focused = (segmentId: number): void => {
    if (segmentId === this.current) return;
    this.current = segmentId;
    clearTimeout(this.timer);
    const n = this.store.numberOf(segmentId);
    this.set({ kind: "loading", segmentId, n });
    this.timer = setTimeout(() => {
      void this.find({ documentId: this.documentId, segmentId }).then(
        (result) => {
          if (this.current !== segmentId) return;
          const source = this.store.row(segmentId)?.segment.source ?? "";
          this.set(result.ok ? { kind: "ready", segmentId, n, source, matches: result.data } : { kind: "failed", segmentId, n, error: result });
        },
        () => this.current === segmentId && this.set({ kind: "failed", segmentId, n, error: { ok: false, code: "UNEXPECTED" } }),
      );
    }, DEBOUNCE_MS);
  };

  /** The editor is leaving: no lookup may start after it. */
  close(): void {
    clearTimeout(this.timer);
    this.current = null;
  }

  private set(state: MatchesState): void {
    this.state = state;
    this.listeners.notify();
  }
}
