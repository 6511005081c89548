"use client";
import { useTranslations } from "next-intl";
import type { TermIssue } from "@/lib/core/qa/check-term-consistency";
import type { Term } from "@/lib/core/model";

export type ParagraphIssues = { segmentId: number; n: number; issues: (TermIssue & { term: Term })[] };

/** Paragraphs whose translation does not follow the glossary. */
export function QaPanel({ paragraphs, onJump }: { paragraphs: ParagraphIssues[]; onJump: (segmentId: number) => void }) {
  const t = useTranslations("Qa");
  return (
    <section className="side-panel" aria-label={t("panelTitle")}>
      {paragraphs.length === 0 ? (
        <p className="hint">{t("none")}</p>
      ) : (
        <ul className="panel-list">
          {paragraphs.map(({ segmentId, n, issues }) => (
            <li key={segmentId} className="panel-item">
              <button type="button" className="link-button" onClick={() => onJump(segmentId)}>
                {t("paragraph", { n })}
              </button>
              {issues.map((issue) => (
                <span key={issue.termId} className="panel-gloss">
                  {t(issue.kind, { source: issue.term.source, target: issue.term.target })}
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
