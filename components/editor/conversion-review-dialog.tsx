"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import type { ConversionFinding } from "@/lib/core/convert/conversion-review-types";
import { Dialog } from "@/components/ui/dialog";

/** A finding the translator opened: where it is and how often the same text is found in the document. */
export type ConversionRequest = { segmentId: number; n: number; finding: ConversionFinding; count: number };

export type ConversionScope = "one" | "all";

type Props = {
  request: ConversionRequest | null;
  describe: (input: { options: { text: string; source: string }[] }) => Promise<ActionResult<string[]>>;
  onApply: (request: ConversionRequest, text: string, scope: ConversionScope) => Promise<void>;
  onRemove: (overrideId: number) => Promise<void>;
  onClose: () => void;
};

/** The choices for one finding, each with a dictionary sense; applied to this occurrence or to every one. */
export function ConversionReviewDialog(props: Props) {
  const t = useTranslations("ConversionReview");
  const { request } = props;
  return (
    <Dialog open={request !== null} title={t("dialogTitle")} onClose={props.onClose} className="conversion-dialog">
      {request && <ConversionForm key={`${request.segmentId}:${request.finding.start}`} {...props} request={request} />}
    </Dialog>
  );
}

function ConversionForm({ request, describe, onApply, onRemove, onClose }: Props & { request: ConversionRequest }) {
  const t = useTranslations("ConversionReview");
  const { finding } = request;
  const source = finding.source ?? finding.shown;
  const [chosen, setChosen] = useState(finding.options[0]?.text ?? "");
  const [hints, setHints] = useState<string[]>(finding.options.map((option) => option.hint));
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    if (hints.some(Boolean)) return;
    let isCurrent = true;
    void describe({ options: finding.options.map((option) => ({ text: option.text, source })) }).then((result) => {
      if (isCurrent && result.ok) setHints(result.data);
    });
    return () => {
      isCurrent = false;
    };
  }, [describe, finding.options, source, hints]);

  const run = (work: () => Promise<void>) => {
    setBusy(true);
    void work().finally(() => setBusy(false));
  };

  return (
    <form className="conversion-form" onSubmit={(event) => event.preventDefault()}>
      <p className="conversion-shown">
        <span lang="zh" className="conversion-quote">
          {finding.shown}
        </span>{" "}
        <span className="hint">
          {t(finding.kind)} {t("inParagraph", { n: request.n })}
        </span>
      </p>
      <fieldset className="conversion-options">
        <legend>{t("optionsLabel")}</legend>
        {finding.options.map((option, i) => (
          <label key={option.text} className="conversion-option">
            <input type="radio" name="conversion-option" value={option.text} checked={chosen === option.text} data-autofocus={i === 0 ? "" : undefined} onChange={() => setChosen(option.text)} />
            <span lang="zh" className="conversion-option-text">
              {option.text}
            </span>
            {i === 0 ? (
              <span className="conversion-current">{t(finding.overrideId ? "yourChoice" : finding.kind === "ambiguous" ? "current" : "suggested")}</span>
            ) : (
              option.text === source && <span className="conversion-current">{t("asStored")}</span>
            )}
            <span className="conversion-option-hint">{hints[i]}</span>
          </label>
        ))}
      </fieldset>
      <div className="dialog-actions">
        <button type="button" className="button primary" disabled={isBusy} onClick={() => run(() => onApply(request, chosen, "all"))}>
          {t("everyOccurrence", { count: request.count })}
        </button>
        <button type="button" className="button" disabled={isBusy} onClick={() => run(() => onApply(request, chosen, "one"))}>
          {t("thisOccurrence")}
        </button>
        {finding.overrideId ? (
          <button type="button" className="button" disabled={isBusy} onClick={() => run(() => onRemove(finding.overrideId!))}>
            {t("undo")}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onClose}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
