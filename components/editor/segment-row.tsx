"use client";
import { memo, useEffect } from "react";
import { useTranslations } from "next-intl";
import { SEGMENT_STATUSES, type Segment, type SegmentStatus } from "@/lib/core/model";
import { statusAfterEdit } from "@/lib/core/status";
import type { SaveState } from "./save-state";
import { useSegmentSave, type SaveAction } from "./use-segment-save";

type Props = {
  segment: Segment;
  /** 1-based number shown to the translator and used in accessible names. */
  n: number;
  sourceLang: string;
  onSave: SaveAction;
  onChange: (id: number, change: { status: SegmentStatus; saveState: SaveState }) => void;
};

export const SegmentRow = memo(function SegmentRow({ segment, n, sourceLang, onSave, onChange }: Props) {
  const t = useTranslations("Document");
  const tStatus = useTranslations("Status");
  const { draft, saveState, conflict, update, flush, resolveConflict } = useSegmentSave(segment, onSave);

  useEffect(() => {
    onChange(segment.id, { status: draft.status, saveState });
  }, [segment.id, draft.status, saveState, onChange]);

  return (
    <div className="segment-row" data-kind={segment.kind} data-status={draft.status}>
      <div className="segment-number" aria-hidden="true">
        {n}
      </div>
      <div className="segment-source" lang={sourceLang}>
        {segment.kind !== "body" && <span className="kind-tag">{t("kind", { kind: segment.kind })}</span>}
        {segment.source}
      </div>
      <div className="segment-target">
        <textarea
          aria-label={t("targetLabel", { n })}
          lang="en"
          rows={1}
          spellCheck
          placeholder={t("targetPlaceholder")}
          value={draft.target}
          onChange={(event) => {
            const target = event.target.value;
            update({ target, status: statusAfterEdit(draft.status, target) });
          }}
          onBlur={() => void flush()}
        />
        <div className="segment-meta">
          <span className={`status-dot status-${draft.status}`} aria-hidden="true" />
          <select
            aria-label={t("statusLabel", { n })}
            value={draft.status}
            onChange={(event) => update({ ...draft, status: event.target.value as SegmentStatus }, { immediate: true })}
          >
            {SEGMENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {tStatus(status)}
              </option>
            ))}
          </select>
        </div>
        {conflict && (
          <div role="alert" className="conflict">
            <p>
              <strong>{t("conflictTitle")}</strong> {t("conflictTheirs")}
            </p>
            <blockquote lang="en">{conflict.target}</blockquote>
            <div className="conflict-actions">
              <button type="button" className="button" onClick={() => resolveConflict("mine")}>
                {t("keepMine")}
              </button>
              <button type="button" className="button" onClick={() => resolveConflict("theirs")}>
                {t("useTheirs")}
              </button>
            </div>
          </div>
        )}
      </div>
    </div>
  );
});
