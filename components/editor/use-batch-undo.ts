"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { BatchResult } from "@/lib/core/batch/batch-types";
import type { EditorActions } from "./editor-actions";
import type { EditorStore } from "./editor-store";
import type { Notice } from "./use-notice";

/**
 * What a batch did, shown as the editor's notice with an Undo that puts back the whole batch in one
 * step. Hooks that run a batch flush the open edits first, then hand its result to `done`.
 */
export function useBatchUndo({ documentId, store, actions, notice }: { documentId: number; store: EditorStore; actions: EditorActions; notice: Notice }) {
  const t = useTranslations("Batch");
  const [last, setLast] = useState<number | null>(null);
  const [isUndoing, setUndoing] = useState(false);

  const adopt = (result: BatchResult) => {
    for (const segment of result.applied) store.adopt(segment);
  };

  const done = (result: BatchResult, message: string) => {
    adopt(result);
    setLast(result.batchId);
    const skipped = result.skipped.length > 0 ? ` ${t("skipped", { count: result.skipped.length, locked: result.skipped.filter((s) => s.reason === "locked").length })}` : "";
    notice.say(message + skipped);
  };

  const undo = async () => {
    if (last === null) return;
    setUndoing(true);
    await store.flushAll();
    const result = await actions.undoBatch({ documentId, batchId: last });
    setUndoing(false);
    setLast(null);
    if (!result.ok) return notice.sayError(result);
    adopt(result.data);
    notice.say(t("undone", { count: result.data.applied.length, kept: result.data.skipped.length }));
  };

  return { canUndo: last !== null, isUndoing, done, undo, forget: () => setLast(null) };
}

export type BatchUndo = ReturnType<typeof useBatchUndo>;
