"use client";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/core/action-result";
import type { MemoryMatch } from "@/lib/core/memory/memory-types";
import type { MatchesState } from "./memory-panel";

export type FindMatchesAction = (input: { documentId: number; segmentId: number }) => Promise<ActionResult<MemoryMatch[]>>;

// Moving through paragraphs with Alt+↓ focuses each on the way: only a paragraph that keeps focus
// this long is looked up.
const DEBOUNCE_MS = 200;

/**
 * The memory matches of the focused paragraph: `focused(id)` on every focus; the lookup waits for a
 * pause, and an answer for a paragraph that is no longer focused is dropped.
 */
export function useMemoryMatches(options: {
  documentId: number;
  find: FindMatchesAction;
  numberOf: (id: number) => number;
  sourceOf: (id: number) => string;
  describeError: (result: Extract<ActionResult<unknown>, { ok: false }>) => string;
}) {
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  const [state, setState] = useState<MatchesState>({ kind: "idle" });
  const current = useRef<number | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const focused = useCallback((segmentId: number) => {
    if (segmentId === current.current) return;
    current.current = segmentId;
    window.clearTimeout(timer.current);
    const { numberOf, sourceOf } = latest.current;
    const n = numberOf(segmentId);
    setState({ kind: "loading", segmentId, n });
    timer.current = window.setTimeout(() => {
      const { documentId, find, describeError } = latest.current;
      void find({ documentId, segmentId }).then(
        (result) => {
          if (current.current !== segmentId) return;
          setState(result.ok ? { kind: "ready", segmentId, n, source: sourceOf(segmentId), matches: result.data } : { kind: "failed", segmentId, n, message: describeError(result) });
        },
        () => current.current === segmentId && setState({ kind: "failed", segmentId, n, message: describeError({ ok: false, code: "UNEXPECTED" }) }),
      );
    }, DEBOUNCE_MS);
  }, []);

  return { state, focused };
}
