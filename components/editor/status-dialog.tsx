"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { BATCH_STATUSES, ORIGIN_FILTERS, type BatchStatus, type OriginFilter } from "@/lib/core/batch/batch-origins";
import { Dialog } from "@/components/ui/dialog";
import type { EditorStore } from "./editor-store";
import { paragraphsToChange, type StatusChange } from "./use-status-change";

type Props = {
  change: StatusChange;
  store: EditorStore;
  /** The paragraphs the list shows (the filter's), and those the translator selected. */
  shown: readonly number[];
  selected: readonly number[];
  isFiltered: boolean;
};

/** Change status…: a status, the drafts it is for, and how many of the paragraphs shown it changes. */
export function StatusDialog({ change, store, shown, selected, isFiltered }: Props) {
  const t = useTranslations("Batch");
  const tStatus = useTranslations("Status");
  const tMemory = useTranslations("Memory");
  const [status, setStatus] = useState<BatchStatus>("translated");
  const [from, setFrom] = useState<OriginFilter>("any");
  const [scope, setScope] = useState<"selected" | "shown" | null>(null);
  const fromId = useId();
  // The selection when there is one, unless the translator picks the filter's paragraphs.
  const isSelection = selected.length > 0 && scope !== "shown";
  const ids = isSelection ? selected : shown;
  const close = () => {
    setScope(null);
    change.close();
  };
  const count = change.isOpen ? paragraphsToChange(store, ids, { status, from }).length : 0;
  return (
    <Dialog
      open={change.isOpen}
      title={t("statusTitle")}
      className="status-dialog"
      onClose={close}
      actions={
        <>
          <button type="button" className="button" onClick={close} disabled={change.isPending}>
            {tMemory("cancel")}
          </button>
          <button type="button" className="button primary" disabled={change.isPending || count === 0} onClick={() => void change.apply(ids, { status, from }).then(() => setScope(null))}>
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
      {selected.length > 0 && (
        <fieldset className="batch-choices">
          <legend>{t("statusScope")}</legend>
          <label>
            <input type="radio" name="batch-scope" checked={isSelection} onChange={() => setScope("selected")} />
            {t("scopeSelected", { count: selected.length })}
          </label>
          <label>
            <input type="radio" name="batch-scope" checked={!isSelection} onChange={() => setScope("shown")} />
            {t(isFiltered ? "scopeShown" : "scopeAll", { count: shown.length })}
          </label>
        </fieldset>
      )}
      <p className="hint">
        {isSelection ? t("statusScopeSelected", { total: ids.length }) : t(isFiltered ? "statusScopeFiltered" : "statusScopeAll", { total: ids.length })}
      </p>
      <p aria-live="polite">{t("statusCount", { count })}</p>
    </Dialog>
  );
}
