"use client";
import { useTranslations } from "next-intl";

type Props = { isLocking: boolean; onChangeStatus: () => void; onLockAll: () => void };

/** The toolbar's batch buttons: a status for the paragraphs shown, and a lock for every reviewed one. */
export function BatchToolButtons({ isLocking, onChangeStatus, onLockAll }: Props) {
  const t = useTranslations("Batch");
  return (
    <>
      <button type="button" className="button" onClick={onChangeStatus}>
        {t("statusButton")}
      </button>
      <button type="button" className="button" disabled={isLocking} onClick={onLockAll}>
        {t("lockAllButton")}
      </button>
    </>
  );
}
