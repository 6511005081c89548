"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { isApplePlatform } from "@/components/ui/use-is-apple";
import type { EditorActions } from "./editor-actions";
import { useEditorPermissions } from "./editor-permissions";
import type { EditorStore } from "./editor-store";
import type { BatchUndo } from "./use-batch-undo";
import type { Notice } from "./use-notice";
import { shortcutKeys } from "./shortcut-keys";

type Input = { documentId: number; store: EditorStore; actions: EditorActions; notice: Notice; batch: BatchUndo };

/**
 * Locking reviewed paragraphs against edits, one (the row's toggle, a shortcut) or all reviewed at
 * once; both batches, so recorded and undoable. A change refused on a locked paragraph says why.
 */
export function useLocking({ documentId, store, actions, notice, batch }: Input) {
  const t = useTranslations("Batch");
  const { canReview } = useEditorPermissions();
  const [isPending, setPending] = useState(false);
  // The callbacks go to every row: they stay the same, reading the latest of these through the ref.
  const latest = useRef({ t, notice, batch, canReview });
  useEffect(() => {
    latest.current = { t, notice, batch, canReview };
  });

  useEffect(
    () =>
      store.subscribeLocked((id) => {
        const { t, notice, canReview } = latest.current;
        const n = store.numberOf(id);
        notice.say(canReview ? t("lockedRefused", { n, keys: shortcutKeys("toggleLock", isApplePlatform()) }) : t("lockedRefusedAskReviewer", { n }));
      }),
    [store],
  );

  const toggle = useCallback(
    async (id: number) => {
      const { t, notice, batch } = latest.current;
      const row = store.row(id);
      if (!row) return;
      const n = store.numberOf(id);
      const isLocked = store.isLocked(id);
      if (!isLocked && row.draft.status !== "reviewed") return notice.say(t("lockOnlyReviewed", { n }));
      const { version, isSettled } = await store.settledVersion(id);
      if (!isSettled) return notice.say(t("lockUnsaved", { n }));
      const paragraphs = [{ segmentId: id, baseVersion: version }];
      const result = isLocked ? await actions.unlockParagraphs({ documentId, paragraphs }) : await actions.lockParagraphs({ documentId, paragraphs });
      if (!result.ok) return notice.sayError(result);
      batch.done(result.data, t(isLocked ? "unlocked" : "locked", { n, count: result.data.applied.length }));
    },
    [store, actions, documentId],
  );

  const lockAllReviewed = async () => {
    setPending(true);
    await store.flushAll();
    const result = await actions.lockParagraphs({ documentId });
    setPending(false);
    if (!result.ok) return notice.sayError(result);
    batch.done(result.data, t("lockedAll", { count: result.data.applied.length }));
  };

  return { toggle, lockAllReviewed, isPending };
}
