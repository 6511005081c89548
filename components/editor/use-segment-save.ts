"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/core/action-result";
import type { SaveTargetRequest, SaveTargetResult, Segment, SegmentStatus } from "@/lib/core/model";
import type { SaveState } from "./save-state";

export type SaveAction = (request: SaveTargetRequest) => Promise<ActionResult<SaveTargetResult>>;

const DEBOUNCE_MS = 800;
const RETRY_MS = 3000;

type Snapshot = { target: string; status: SegmentStatus };

/**
 * Keeps one paragraph's translation in step with the server: debounced saves while typing, an
 * immediate save on flush, retries with the same edit id when offline, and a conflict instead of
 * overwriting a text saved elsewhere.
 */
export function useSegmentSave(segment: Segment, onSave: SaveAction) {
  const [draft, setDraft] = useState<Snapshot>({ target: segment.target, status: segment.status });
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const [conflict, setConflict] = useState<Segment | null>(null);
  const confirmed = useRef({ version: segment.version, target: segment.target, status: segment.status });
  const latest = useRef<Snapshot>(draft);
  const sending = useRef<(Snapshot & { clientEditId: string }) | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const isConflicted = useRef(false);

  const isConfirmed = () =>
    latest.current.target === confirmed.current.target && latest.current.status === confirmed.current.status;

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    if (isConflicted.current) return;
    if (isConfirmed()) return setSaveState("saved");
    const { target, status } = latest.current;
    // A retry of the same text reuses its edit id, so the server applies it at most once.
    const same = sending.current && sending.current.target === target && sending.current.status === status;
    const edit = same && sending.current ? sending.current : { target, status, clientEditId: crypto.randomUUID() };
    sending.current = edit;
    setSaveState("saving");
    const request = { segmentId: segment.id, baseVersion: confirmed.current.version, ...edit };
    let retry = false;
    const run = onSave(request).then(
      (result) => {
        if (!result.ok) {
          retry = result.code !== "NOT_FOUND" && result.code !== "INVALID_INPUT";
          return setSaveState(retry ? "offline" : "failed");
        }
        sending.current = null;
        if (result.data.kind === "conflict") {
          isConflicted.current = true;
          setConflict(result.data.current);
          return setSaveState("conflict");
        }
        const saved = result.data.segment;
        confirmed.current = { version: saved.version, target: edit.target, status: edit.status };
        setSaveState(isConfirmed() ? "saved" : "unsaved");
      },
      () => {
        retry = true;
        setSaveState("offline");
      },
    );
    inFlight.current = run;
    await run;
    inFlight.current = null;
    if (retry) timer.current = setTimeout(() => void flush(), RETRY_MS);
    else if (!isConflicted.current && !isConfirmed()) void flush();
  }, [onSave, segment.id]);

  const update = useCallback(
    (next: Snapshot, { immediate = false } = {}) => {
      latest.current = next;
      setDraft(next);
      clearTimeout(timer.current);
      if (isConflicted.current) return;
      setSaveState(isConfirmed() ? "saved" : "unsaved");
      if (immediate) void flush();
      else timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  /** Resolves a conflict: keep this tab's text (saved over theirs) or take the text saved elsewhere. */
  const resolveConflict = useCallback(
    (choice: "mine" | "theirs") => {
      if (!conflict) return;
      isConflicted.current = false;
      setConflict(null);
      confirmed.current = { version: conflict.version, target: conflict.target, status: conflict.status };
      if (choice === "theirs") update({ target: conflict.target, status: conflict.status }, { immediate: true });
      else void flush();
    },
    [conflict, flush, update],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden") void flush();
    };
    const onOnline = () => void flush();
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("online", onOnline);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("online", onOnline);
      clearTimeout(timer.current);
    };
  }, [flush]);

  return { draft, saveState, conflict, update, flush, resolveConflict };
}
