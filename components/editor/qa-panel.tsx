"use client";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { QA_CHECKS, type QaCheck } from "@/lib/core/qa/qa-types";
import type { ShownFinding } from "./qa-results";
import { useEditorPermissions } from "./editor-permissions";

export type ParagraphFindings = { segmentId: number; n: number; findings: readonly ShownFinding[] };

type Props = {
  paragraphs: ParagraphFindings[];
  /** The paragraph whose marker opened the panel: its entry is shown and focused. */
  focusId: number | null;
  isRunning: boolean;
  /** Whether the checks that compare paragraphs have seen the latest texts. */
  staleness: "fresh" | "stale" | "notRun";
  onRun: () => void;
  onJump: (segmentId: number) => void;
  onIgnore: (segmentId: number, key: string, isIgnored: boolean) => void;
};

/** QA warnings by paragraph: filter by check, jump to a paragraph, ignore a warning (or restore it). */
export function QaPanel({ paragraphs, focusId, isRunning, staleness, onRun, onJump, onIgnore }: Props) {
  const { canEdit } = useEditorPermissions();
  const t = useTranslations("Qa");
  const tFinding = useTranslations("QaFindings");
  const tCheck = useTranslations("QaChecks");
  const [check, setCheck] = useState<QaCheck | "all">("all");
  const [isShowingIgnored, setShowingIgnored] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const idPrefix = useId();

  const counts = new Map<QaCheck, number>();
  let total = 0;
  let ignored = 0;
  for (const { findings } of paragraphs) {
    for (const finding of findings) {
      if (finding.isIgnored) ignored++;
      else {
        total++;
        counts.set(finding.check, (counts.get(finding.check) ?? 0) + 1);
      }
    }
  }
  const selected = check !== "all" && !counts.has(check) && !isShowingIgnored ? "all" : check;
  const shown = paragraphs
    .map((paragraph) => ({
      ...paragraph,
      findings: paragraph.findings.filter((f) => (selected === "all" || f.check === selected) && (isShowingIgnored || !f.isIgnored)),
    }))
    .filter((paragraph) => paragraph.findings.length > 0);

  useEffect(() => {
    if (focusId === null) return;
    const entry = list.current?.querySelector<HTMLElement>(`[data-segment-id="${focusId}"]`);
    entry?.scrollIntoView({ block: "nearest" });
    entry?.querySelector<HTMLElement>("button")?.focus({ preventScroll: true });
  }, [focusId]);

  return (
    <section className="side-panel qa-panel" aria-label={t("panelTitle")}>
      <div className="qa-panel-head">
        <div className="qa-filter" role="group" aria-label={t("filterLabel")}>
          <button type="button" className="chip" aria-pressed={selected === "all"} onClick={() => setCheck("all")}>
            {t("all", { count: total })}
          </button>
          {QA_CHECKS.filter((c) => counts.has(c)).map((c) => (
            <button key={c} type="button" className="chip" aria-pressed={selected === c} onClick={() => setCheck(c)}>
              {t("checkCount", { check: tCheck(c), count: counts.get(c) ?? 0 })}
            </button>
          ))}
        </div>
        <label className="qa-ignored-toggle">
          <input type="checkbox" checked={isShowingIgnored} onChange={(event) => setShowingIgnored(event.target.checked)} />
          {t("showIgnored", { count: ignored })}
        </label>
        <button type="button" className="button" onClick={onRun} disabled={isRunning} aria-busy={isRunning}>
          {isRunning ? t("running") : t("run")}
        </button>
      </div>
      {staleness !== "fresh" && !isRunning && <p className="hint">{t(staleness)}</p>}
      {shown.length === 0 ? (
        <p className="hint">{ignored > 0 ? t("noneButIgnored", { count: ignored }) : t("none")}</p>
      ) : (
        <ul className="panel-list" ref={list}>
          {shown.map(({ segmentId, n, findings }) => (
            <li key={segmentId} className={segmentId === focusId ? "panel-item qa-item is-focused" : "panel-item qa-item"} data-segment-id={segmentId}>
              <button type="button" className="link-button" onClick={() => onJump(segmentId)}>
                {t("paragraph", { n })}
              </button>
              <ul className="qa-findings">
                {findings.map((finding, i) => (
                  <li key={finding.key} className={finding.isIgnored ? "qa-finding is-ignored" : "qa-finding"}>
                    <span className="qa-check">{tCheck(finding.check)}</span>
                    <span className="qa-message" id={`${idPrefix}-${segmentId}-${i}`}>
                      {tFinding(finding.code, finding.params)}
                    </span>
                    {canEdit && <button
                      type="button"
                      className="link-button qa-ignore"
                      aria-label={t(finding.isIgnored ? "restoreLabel" : "ignoreLabel", { n })}
                      aria-describedby={`${idPrefix}-${segmentId}-${i}`}
                      onClick={() => onIgnore(segmentId, finding.key, !finding.isIgnored)}
                    >
                      {finding.isIgnored ? t("restore") : t("ignore")}
                    </button>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
