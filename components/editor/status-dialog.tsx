"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { BATCH_STATUSES, ORIGIN_FILTERS, type BatchStatus, type OriginFilter } from "@/lib/core/batch/batch-origins";
import { Dialog } from "@/components/ui/dialog";
import type { EditorStore } from "./editor-store";
import { paragraphsToChange, type StatusChange } from "./use-status-change";

type Props = { change: StatusChange; store: EditorStore; ids: readonly number[]; isFiltered: boolean };

/** Change status…: a status, the drafts it is for, and how many of the paragraphs shown it changes. */
export function StatusDialog({ change, store, ids, isFiltered }: Props) {
  const t = useTranslations("Batch");
  const tStatus = useTranslations("Status");
  const tMemory = useTranslations("Memory");
  const [status, setStatus] = useState<BatchStatus>("translated");
  const [from, setFrom] = useState<OriginFilter>("any");
  const fromId = useId();
  const count = change.isOpen ? paragraphsToChange(store, ids, { status, from }).length : 0;
  return (
    <Dialog
      open={change.isOpen}
      title={t("statusTitle")}
      className="status-dialog"
      onClose={change.close}
      actions={
        <>
          <button type="button" className="button" onClick={change.close} disabled={change.isPending}>
            {tMemory("cancel")}
          </button>
          <button type="button" className="button primary" disabled={change.isPending || count === 0} onClick={() => void change.apply(ids, { status, from })}>
            {t("statusApply", { count })}
          </button>
        </>
      }
    >
      <fieldset className="batch-choices">
        <legend>{t("statusNew")}</legend>
        {BATCH_STATUSES.map((value, i) => (
          <label key={value}>
            <input type="radio" name="batch-status" value={value} checked={status === value} onChange={() => setStatus(value)} data-autofocus={i === 1 ? true : undefined} />
            {tStatus(value)}
          </label>
        ))}
      </fieldset>
      <p className="batch-field">
        <label htmlFor={fromId}>{t("statusFrom")}</label>
        <select id={fromId} value={from} onChange={(event) => setFrom(event.target.value as OriginFilter)}>
          {ORIGIN_FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(`from.${value}`)}
            </option>
          ))}
        </select>
      </p>
      <p className="hint">{t(isFiltered ? "statusScopeFiltered" : "statusScopeAll", { total: ids.length })}</p>
      <p aria-live="polite">{t("statusCount", { count })}</p>
    </Dialog>
  );
}
