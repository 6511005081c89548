"use client";
import { useTranslations } from "next-intl";
import { Dialog } from "@/components/ui/dialog";
import { ProgressMeter } from "@/components/ui/progress-meter";
import type { MtDraft } from "./use-mt-draft";

type Props = { draft: MtDraft; numberOf: (id: number) => number; segmentIds?: readonly number[] };

/** The batch draft: the estimate first, then a progress bar with Stop, then what was filled, failed or skipped. */
export function MtDraftDialog({ draft, numberOf, segmentIds }: Props) {
  const t = useTranslations("Mt");
  const tErrors = useTranslations("Errors");
  const { state } = draft;
  const isRunning = state.kind === "running";
  const failures = state.kind === "running" || state.kind === "finished" ? state.failures : [];
  return (
    <Dialog
      open={state.kind !== "closed"}
      title={t("draftTitle")}
      className="mt-draft-dialog"
      onClose={draft.close}
      actions={
        <>
          {isRunning ? (
            <button type="button" className="button" onClick={draft.stop} data-autofocus>
              {t("draftCancel")}
            </button>
          ) : (
            <button type="button" className="button" onClick={draft.close} data-autofocus>
              {t("draftClose")}
            </button>
          )}
          {state.kind === "ready" && state.estimate.paragraphs > 0 && (
            <button type="button" className="button primary" onClick={() => void draft.start(segmentIds)}>
              {t("draftStart")}
            </button>
          )}
        </>
      }
    >
      {state.kind === "estimating" && <p className="hint">{t("draftEstimating")}</p>}
      {state.kind === "ready" && <p>{t("draftEstimate", { ...state.estimate })}</p>}
      {state.kind === "running" && (
        <ProgressMeter percent={state.total ? Math.round((100 * state.done) / state.total) : 0} label={t("draftProgress")} text={t("draftRunning", { done: state.done, total: state.total })} />
      )}
      {state.kind === "finished" && (
        <p role="status">{t("draftSummary", { ...state.summary, cancelled: state.summary.cancelled ? "yes" : "no" })}</p>
      )}
      {state.kind === "failed" && <p className="error">{tErrors(state.error.code, state.error.params)}</p>}
      {failures.length > 0 && (
        <ul className="mt-draft-failures">
          {failures.map(({ segmentId, error }) => (
            <li key={segmentId}>{t("draftFailedLine", { n: numberOf(segmentId), reason: tErrors(error.code, error.params) })}</li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
