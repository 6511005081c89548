"use client";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import type { DocumentWithSegments, SegmentStatus } from "@/lib/core/model";
import { computeProgress } from "@/lib/core/progress";
import { ProgressMeter } from "@/components/ui/progress-meter";
import { summariseSaveStates, type SaveState } from "./save-state";
import { SegmentRow } from "./segment-row";
import type { SaveAction } from "./use-segment-save";

type Props = { document: DocumentWithSegments; onSave: SaveAction };

type RowState = { status: SegmentStatus; saveState: SaveState };

export function DocumentEditor({ document, onSave }: Props) {
  const t = useTranslations("Document");
  const tSave = useTranslations("Editor.saveState");
  const [rows, setRows] = useState<Map<number, RowState>>(
    () => new Map(document.segments.map((s) => [s.id, { status: s.status, saveState: "saved" }])),
  );
  const onRowChange = useCallback((id: number, change: RowState) => {
    setRows((current) => {
      const before = current.get(id);
      if (before?.status === change.status && before.saveState === change.saveState) return current;
      return new Map(current).set(id, change);
    });
  }, []);

  const progress = useMemo(() => computeProgress([...rows.values()].map(({ status }) => ({ status, count: 1 }))), [rows]);
  const saveState = summariseSaveStates([...rows.values()].map((row) => row.saveState));

  // Closing the tab with text not yet confirmed by the server asks first.
  useEffect(() => {
    if (saveState === "saved") return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [saveState]);

  return (
    <>
      <header className="editor-header">
        <h1 lang={document.sourceLang}>{document.title}</h1>
        <div className="editor-toolbar">
          <span className="meta">
            {t("paragraphs", { count: document.segments.length })} · {t("script", { script: document.script })}
          </span>
          <ProgressMeter percent={progress.percent} label={t("progressLabel")} text={t("progress", progress)} />
          <span role="status" className={`save-state save-${saveState}`}>
            {tSave(saveState)}
          </span>
        </div>
      </header>
      <div className="segment-grid">
        <div className="segment-grid-head" aria-hidden="true">
          <span />
          <span>{t("sourceHeading")}</span>
          <span>{t("targetHeading")}</span>
        </div>
        {document.segments.map((segment, i) => (
          <SegmentRow
            key={segment.id}
            segment={segment}
            n={i + 1}
            sourceLang={document.sourceLang}
            onSave={onSave}
            onChange={onRowChange}
          />
        ))}
      </div>
    </>
  );
}
