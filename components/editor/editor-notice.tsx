"use client";
import { useTranslations } from "next-intl";
import type { BatchUndo } from "./use-batch-undo";

/** The editor's line of news, read out politely, with the Undo of the batch it reports. */
export function EditorNotice({ notice, batch }: { notice: string; batch: BatchUndo }) {
  const t = useTranslations("Batch");
  return (
    <div className="editor-notice-bar">
      <p className="editor-notice" aria-live="polite">
        {notice}
      </p>
      {batch.canUndo && (
        <button type="button" className="button subtle" aria-label={t("undoLabel")} disabled={batch.isUndoing} onClick={() => void batch.undo()}>
          {t("undo")}
        </button>
      )}
    </div>
  );
}
