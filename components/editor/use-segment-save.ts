"use client";
import { useEffect, useState } from "react";
import type { Segment } from "@/lib/core/model";
import type { SaveState } from "./save-state";
import { SegmentSaver, type SaveAction, type Snapshot } from "./segment-saver";

export type { SaveAction };

/** One paragraph's editable text with its save state, saved through a SegmentSaver. */
export function useSegmentSave(segment: Segment, onSave: SaveAction) {
  const [draft, setDraft] = useState<Snapshot>({ target: segment.target, status: segment.status });
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const [conflict, setConflict] = useState<Segment | null>(null);
  const [saver] = useState(
    () =>
      new SegmentSaver(segment.id, segment, onSave, (state, current) => {
        setSaveState(state);
        setConflict(current);
      }),
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden") void saver.flush();
    };
    const onOnline = () => void saver.flush();
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("online", onOnline);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("online", onOnline);
      // Leaving the page within the app: send what is still waiting for its pause.
      void saver.flush();
    };
  }, [saver]);

  return {
    draft,
    saveState,
    conflict,
    update: (next: Snapshot, options?: { immediate?: boolean }) => {
      setDraft(next);
      saver.edit(next, options);
    },
    flush: () => saver.flush(),
    resolveConflict: (choice: "mine" | "theirs") => setDraft(saver.resolve(choice)),
  };
}
