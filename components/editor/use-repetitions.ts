"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { EditorActions } from "./editor-actions";
import type { EditorStore } from "./editor-store";
import type { BatchUndo } from "./use-batch-undo";
import type { Notice } from "./use-notice";

/** The offer shown in the notice: fill the empty repetitions of a confirmed paragraph. */
export type RepetitionOffer = { segmentId: number; count: number; message: string };

/**
 * When the translator confirms a paragraph, the server counts the empty paragraphs that repeat it
 * (same source after the memory's normalisation, any script); the notice then offers to fill them as
 * drafts, one batch with its Undo. The offer lasts while its message is the notice shown.
 */
export function useRepetitions({ documentId, store, actions, notice, batch }: { documentId: number; store: EditorStore; actions: EditorActions; notice: Notice; batch: BatchUndo }) {
  const t = useTranslations("Batch");
  const [offer, setOffer] = useState<RepetitionOffer | null>(null);
  const [isFilling, setFilling] = useState(false);
  const latest = useRef({ t, notice, batch, offer, isFilling });
  useEffect(() => {
    latest.current = { t, notice, batch, offer, isFilling };
  });

  const confirmed = useCallback(
    async (id: number) => {
      await store.flush(id);
      if (store.row(id)?.saveState !== "saved") return;
      const result = await actions.countRepetitions({ documentId, segmentId: id });
      if (!result.ok || result.data.count === 0) return;
      const message = latest.current.t("repetitionsFound", { n: store.numberOf(id), count: result.data.count });
      setOffer({ segmentId: id, count: result.data.count, message });
      latest.current.notice.say(message);
    },
    [store, actions, documentId],
  );

  const fill = useCallback(async () => {
    const { t, notice, batch, offer, isFilling } = latest.current;
    if (!offer || notice.notice !== offer.message) return notice.say(t("noRepetitionOffer"));
    if (isFilling) return;
    setFilling(true);
    await store.flushAll();
    const result = await actions.fillRepetitions({ documentId, segmentId: offer.segmentId });
    setFilling(false);
    setOffer(null);
    if (!result.ok) return notice.sayError(result);
    batch.done(result.data, t("repetitionsFilled", { count: result.data.applied.length, n: store.numberOf(offer.segmentId) }));
  }, [store, actions, documentId]);

  const shown = offer && notice.notice === offer.message ? offer : null;
  return { offer: shown, isFilling, confirmed: useCallback((id: number) => void confirmed(id), [confirmed]), fill: useCallback(() => void fill(), [fill]) };
}

export type Repetitions = ReturnType<typeof useRepetitions>;
