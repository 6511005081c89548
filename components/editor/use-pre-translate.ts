"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { EditorActions } from "./editor-actions";
import type { EditorStore } from "./editor-store";
import type { Notice } from "./use-notice";

/** Pre-translation from the memory: asked first, then every empty paragraph with a 100% match filled as a draft. */
export function usePreTranslate({ documentId, store, actions, notice }: { documentId: number; store: EditorStore; actions: EditorActions; notice: Notice }) {
  const tMemory = useTranslations("Memory");
  const [isOpen, setOpen] = useState(false);
  const [isPending, setPending] = useState(false);

  const run = async () => {
    setPending(true);
    await store.flushAll();
    const result = await actions.preTranslate({ documentId });
    setPending(false);
    setOpen(false);
    if (!result.ok) return notice.sayError(result);
    for (const segment of result.data.filled) store.adopt(segment);
    notice.say(tMemory("preTranslated", { count: result.data.filled.length }));
  };

  return { isOpen, isPending, open: () => setOpen(true), close: () => setOpen(false), run };
}

export type PreTranslate = ReturnType<typeof usePreTranslate>;
