"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { EditorActions } from "./editor-actions";
import type { EditorStore } from "./editor-store";
import type { BatchUndo } from "./use-batch-undo";
import type { Notice } from "./use-notice";

/**
 * Pre-translation from the memory: asked first with a threshold (100: exact matches only), then every
 * empty paragraph with a match that good filled as a draft marked with its score, as one undoable batch.
 */
export function usePreTranslate({ documentId, store, actions, notice, batch }: { documentId: number; store: EditorStore; actions: EditorActions; notice: Notice; batch: BatchUndo }) {
  const tMemory = useTranslations("Memory");
  const [isOpen, setOpen] = useState(false);
  const [isPending, setPending] = useState(false);

  const run = async (threshold: number) => {
    setPending(true);
    await store.flushAll();
    const result = await actions.preTranslate({ documentId, threshold });
    setPending(false);
    setOpen(false);
    if (!result.ok) return notice.sayError(result);
    const count = result.data.applied.length;
    batch.done(result.data, threshold === 100 ? tMemory("preTranslated", { count }) : tMemory("preTranslatedAt", { count, threshold }));
  };

  return { isOpen, isPending, open: () => setOpen(true), close: () => setOpen(false), run };
}

export type PreTranslate = ReturnType<typeof usePreTranslate>;
