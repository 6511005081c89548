"use client";
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { ActionResult } from "@/lib/core/action-result";
import type { QaIgnoreMark } from "@/lib/core/qa/qa-ignore";
import type { EditorStore, Summary } from "./editor-store";
import type { MarksStore } from "./marks-store";
import type { ParagraphFindings } from "./qa-panel";
import { QaResults } from "./qa-results";

export type SetQaIgnoredAction = (input: QaIgnoreMark & { isIgnored: boolean }) => Promise<ActionResult<null>>;

type Options = {
  store: EditorStore;
  marks: MarksStore;
  ignores: readonly QaIgnoreMark[];
  setIgnored: SetQaIgnoredAction;
  order: readonly number[];
  summary: Summary;
  onFailure: (result: Extract<ActionResult<null>, { ok: false }>) => void;
};

// A whole-document run this fast is repeated by itself after saves; a slower one waits for "Run QA".
// A long document is not checked as a whole on load (about 0.15 ms a paragraph: 1.5 s for 10,000).
const AUTO_RUN_MS = 50;
const AUTO_RUN_PARAGRAPHS = 1500;
const AUTO_RUN_DELAY_MS = 1000;

/**
 * The editor's QA: warnings per paragraph (QaResults), the list the panel shows, the whole-document
 * run on load and on demand, and ignoring a warning (shown at once, then remembered on the server).
 */
export function useQa({ store, marks, ignores, setIgnored, order, summary, onFailure }: Options) {
  const [qa] = useState(() => new QaResults(store, marks, ignores));
  useEffect(() => qa.connect(), [qa]);
  const snapshot = useSyncExternalStore(qa.subscribe, qa.getSnapshot, qa.getSnapshot);
  const [isRunning, setRunning] = useState(false);

  const paragraphs = useMemo(
    (): ParagraphFindings[] =>
      order.flatMap((id) => {
        const findings = snapshot.findingsOf(id);
        return findings.length ? [{ segmentId: id, n: store.numberOf(id), findings }] : [];
      }),
    [snapshot, order, store],
  );
  const count = useMemo(() => paragraphs.reduce((sum, p) => sum + p.findings.filter((f) => !f.isIgnored).length, 0), [paragraphs]);
  // Only worth saying when runs are too slow to happen by themselves.
  const staleness = useMemo((): "fresh" | "stale" | "notRun" => {
    const last = snapshot.lastRunMs;
    if (last === null) return order.length > AUTO_RUN_PARAGRAPHS ? "notRun" : "fresh";
    return last > AUTO_RUN_MS && snapshot.isStale() ? "stale" : "fresh";
  }, [snapshot, order]);

  const run = useCallback(() => {
    setRunning(true);
    // Let the busy state paint before the run takes the main thread.
    requestAnimationFrame(() =>
      setTimeout(() => {
        qa.runDocument();
        setRunning(false);
      }, 0),
    );
  }, [qa]);

  // On load, and again after saves while a run stays cheap.
  const { saveState } = summary;
  useEffect(() => {
    const last = snapshot.lastRunMs;
    if (last === null && order.length > AUTO_RUN_PARAGRAPHS) return;
    if (last !== null && (last > AUTO_RUN_MS || saveState !== "saved")) return;
    const timer = setTimeout(() => snapshot.isStale() && qa.runDocument(), last === null ? 0 : AUTO_RUN_DELAY_MS);
    return () => clearTimeout(timer);
  }, [qa, snapshot, order, saveState]);

  const ignore = useCallback(
    async (segmentId: number, key: string, isIgnored: boolean) => {
      qa.setIgnored({ segmentId, key }, isIgnored);
      const result = await setIgnored({ segmentId, key, isIgnored });
      if (result.ok) return;
      qa.setIgnored({ segmentId, key }, !isIgnored);
      onFailure(result);
    },
    [qa, setIgnored, onFailure],
  );
  useEffect(() => qa.setIgnoreHandler((segmentId, key, isIgnored) => void ignore(segmentId, key, isIgnored)), [qa, ignore]);

  // Garbled source text: its detector is loaded after the page, then checks every paragraph in the background.
  useEffect(() => {
    let isCurrent = true;
    void import("@/lib/core/qa/check-mojibake").then(({ checkMojibake }) => isCurrent && qa.setGarbledCheck(checkMojibake));
    return () => {
      isCurrent = false;
    };
  }, [qa]);

  return { qa, paragraphs, count, staleness, isRunning, run, ignore };
}
export type Qa = ReturnType<typeof useQa>;
