"use client";
import { useTranslations } from "next-intl";
import { useEditorPermissions } from "./editor-permissions";

type Props = { isLocking: boolean; selected: number; onChangeStatus: () => void; onLockAll: () => void; onClearSelection: () => void };

/** The toolbar's batch buttons: a status for the paragraphs shown, and a lock for every reviewed one (for those who may review). */
export function BatchToolButtons({ isLocking, selected, onChangeStatus, onLockAll, onClearSelection }: Props) {
  const t = useTranslations("Batch");
  const { canReview } = useEditorPermissions();
  return (
    <>
      <button type="button" className="button" onClick={onChangeStatus}>
        {t("statusButton")}
      </button>
      {canReview && (
        <button type="button" className="button" disabled={isLocking} onClick={onLockAll}>
          {t("lockAllButton")}
        </button>
      )}
      {selected > 0 && (
        <button type="button" className="button subtle" onClick={onClearSelection}>
          {t("clearSelection", { count: selected })}
        </button>
      )}
    </>
  );
}
