"use client";
import { useTranslations } from "next-intl";
import type { BatchUndo } from "./use-batch-undo";
import type { Repetitions } from "./use-repetitions";

/** The editor's line of news, read out politely, with the Undo of the batch it reports. */
export function EditorNotice({ notice, batch, repetitions, fillKeys }: { notice: string; batch: BatchUndo; repetitions?: Repetitions; fillKeys?: string }) {
  const t = useTranslations("Batch");
  const offer = repetitions?.offer;
  return (
    <div className="editor-notice-bar">
      <p className="editor-notice" aria-live="polite">
        {notice}
      </p>
      {offer && repetitions && (
        <button type="button" className="button primary repetitions-offer" aria-keyshortcuts={fillKeys?.replace(/Ctrl|⌘/, "Control")} disabled={repetitions.isFilling} onClick={repetitions.fill}>
          {t("fillRepetitions", { count: offer.count })}
          {fillKeys && <kbd className="offer-keys">{fillKeys}</kbd>}
        </button>
      )}
      {batch.canUndo && (
        <button type="button" className="button subtle" aria-label={t("undoLabel")} disabled={batch.isUndoing} onClick={() => void batch.undo()}>
          {t("undo")}
        </button>
      )}
    </div>
  );
}
