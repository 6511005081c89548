"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { originMatches, type BatchStatus, type OriginFilter } from "@/lib/core/batch/batch-origins";
import type { EditorActions } from "./editor-actions";
import type { EditorStore } from "./editor-store";
import type { BatchUndo } from "./use-batch-undo";
import type { Notice } from "./use-notice";

export type StatusChoice = { status: BatchStatus; from: OriginFilter };

/** The paragraphs of `ids` a status change would change here: not empty, not locked, of the origin asked, another status. */
export function paragraphsToChange(store: EditorStore, ids: readonly number[], { status, from }: StatusChoice): number[] {
  return ids.filter((id) => {
    const row = store.row(id);
    if (!row || row.draft.target.trim() === "" || row.segment.locked || row.draft.status === status) return false;
    const origin = row.draft.target === row.segment.target ? row.segment.origin : "";
    return from === "any" || (row.draft.status === "draft" && originMatches(from, origin));
  });
}

/** The "Change status…" dialog: one status for the paragraphs the filter shows, as one undoable batch. */
export function useStatusChange({ documentId, store, actions, notice, batch }: { documentId: number; store: EditorStore; actions: EditorActions; notice: Notice; batch: BatchUndo }) {
  const t = useTranslations("Batch");
  const tStatus = useTranslations("Status");
  const [isOpen, setOpen] = useState(false);
  const [isPending, setPending] = useState(false);

  const apply = async (ids: readonly number[], choice: StatusChoice) => {
    setPending(true);
    await store.flushAll();
    const paragraphs = ids.map((id) => ({ segmentId: id, baseVersion: store.knownVersion(id) }));
    const result = await actions.changeStatus({ documentId, paragraphs, ...choice });
    setPending(false);
    setOpen(false);
    if (!result.ok) return notice.sayError(result);
    batch.done(result.data, t("statusChanged", { count: result.data.applied.length, status: tStatus(choice.status).toLocaleLowerCase(), empty: result.data.empty }));
  };

  return { isOpen, isPending, open: () => setOpen(true), close: () => setOpen(false), apply };
}

export type StatusChange = ReturnType<typeof useStatusChange>;
