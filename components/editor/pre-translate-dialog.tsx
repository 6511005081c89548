"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { MIN_PRE_TRANSLATE_THRESHOLD, PRE_TRANSLATE_THRESHOLDS } from "@/lib/core/batch/batch-origins";
import { Dialog } from "@/components/ui/dialog";
import type { PreTranslate } from "./use-pre-translate";

/** Pre-translate…: the lowest match score to fill with (100 by default), chosen or typed, then run. */
export function PreTranslateDialog({ preTranslate }: { preTranslate: PreTranslate }) {
  const t = useTranslations("Memory");
  const [value, setValue] = useState("100");
  const inputId = useId();
  const hintId = useId();
  const threshold = Number(value);
  const isValid = value.trim() !== "" && Number.isInteger(threshold) && threshold >= MIN_PRE_TRANSLATE_THRESHOLD && threshold <= 100;
  return (
    <Dialog
      open={preTranslate.isOpen}
      title={t("preTranslateTitle")}
      className="pre-translate-dialog"
      onClose={preTranslate.close}
      actions={
        <>
          <button type="button" className="button" onClick={preTranslate.close} disabled={preTranslate.isPending}>
            {t("cancel")}
          </button>
          <button type="submit" form={inputId + "form"} className="button primary" disabled={preTranslate.isPending || !isValid}>
            {t("preTranslateConfirm")}
          </button>
        </>
      }
    >
      <form
        id={inputId + "form"}
        onSubmit={(event) => {
          event.preventDefault();
          if (isValid) void preTranslate.run(threshold);
        }}
      >
        <p>{t("preTranslateFuzzyBody")}</p>
        <fieldset className="batch-choices">
          <legend>{t("preTranslateThreshold")}</legend>
          {PRE_TRANSLATE_THRESHOLDS.map((preset) => (
            <label key={preset}>
              <input type="radio" name="pre-translate-threshold" checked={threshold === preset && value.trim() !== ""} onChange={() => setValue(String(preset))} data-autofocus={preset === 100 ? true : undefined} />
              {t(preset === 100 ? "thresholdExact" : "thresholdPreset", { score: preset })}
            </label>
          ))}
        </fieldset>
        <p className="batch-field">
          <label htmlFor={inputId}>{t("thresholdOther")}</label>
          <input id={inputId} type="number" inputMode="numeric" min={MIN_PRE_TRANSLATE_THRESHOLD} max={100} step={1} value={value} aria-describedby={hintId} aria-invalid={!isValid} onChange={(event) => setValue(event.target.value)} />
          <span aria-hidden="true">%</span>
        </p>
        <p id={hintId} className={isValid ? "hint" : "error"}>
          {isValid ? t("thresholdHint", { min: MIN_PRE_TRANSLATE_THRESHOLD }) : t("thresholdInvalid", { min: MIN_PRE_TRANSLATE_THRESHOLD })}
        </p>
      </form>
    </Dialog>
  );
}
