"use client";
import { useMemo, useState, useTransition } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import { cleanText, DEFAULT_CLEANUP_CHOICES, type CleanupChoices } from "@/lib/core/clean/clean-text";
import type { RecleaningReport } from "@/lib/core/clean/plan-recleaning";
import { CleanupPreview } from "./cleanup-preview";

type Props = {
  documentId: number;
  text: string;
  initialChoices: CleanupChoices | null;
  onApply: (choices: CleanupChoices) => Promise<ActionResult<RecleaningReport>>;
};

/** Reopens a document's cleanup preview and re-runs it with other choices; translations follow their paragraphs. */
export function RecleanForm({ documentId, text, initialChoices, onApply }: Props) {
  const t = useTranslations("Cleanup");
  const tAnnotations = useTranslations("Annotations");
  const tErrors = useTranslations("Errors");
  const [choices, setChoices] = useState<CleanupChoices>(initialChoices ?? DEFAULT_CLEANUP_CHOICES);
  const [report, setReport] = useState<RecleaningReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const result = useMemo(() => cleanText(text, choices), [text, choices]);

  const apply = () =>
    startTransition(async () => {
      const answer = await onApply(choices).catch((): ActionResult<RecleaningReport> => ({ ok: false, code: "UNEXPECTED" }));
      if (answer.ok) {
        setReport(answer.data);
        setError(null);
      } else setError(tErrors(answer.code, answer.params));
    });

  return (
    <div className="import-preview">
      <div className="import-actions">
        {initialChoices === null && <span className="hint">{t("wasRaw")}</span>}
        <button type="button" className="button primary" onClick={apply} disabled={isPending} aria-busy={isPending}>
          {isPending ? t("applying") : t("apply", { count: result.paragraphs.length })}
        </button>
      </div>
      {report && (
        <p role="status" className="notice">
          {t("report", report)} {report.reanchored + report.detached > 0 && tAnnotations("recleanReport", report)}{" "}
          <Link href={`/documents/${documentId}`}>{t("open")}</Link>
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <CleanupPreview text={text} result={result} choices={choices} onChoicesChange={setChoices} />
    </div>
  );
}
