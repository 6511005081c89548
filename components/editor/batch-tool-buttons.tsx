"use client";
import { useTranslations } from "next-intl";

type Props = { isLocking: boolean; selected: number; onChangeStatus: () => void; onLockAll: () => void; onClearSelection: () => void };

/** The toolbar's batch buttons: a status for the paragraphs shown, and a lock for every reviewed one. */
export function BatchToolButtons({ isLocking, selected, onChangeStatus, onLockAll, onClearSelection }: Props) {
  const t = useTranslations("Batch");
  return (
    <>
      <button type="button" className="button" onClick={onChangeStatus}>
        {t("statusButton")}
      </button>
      <button type="button" className="button" disabled={isLocking} onClick={onLockAll}>
        {t("lockAllButton")}
      </button>
      {selected > 0 && (
        <button type="button" className="button subtle" onClick={onClearSelection}>
          {t("clearSelection", { count: selected })}
        </button>
      )}
    </>
  );
}
