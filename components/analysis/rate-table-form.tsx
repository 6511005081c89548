"use client";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import { MATCH_BANDS, type MatchBand } from "@/lib/core/analysis/match-bands";
import type { RateTable } from "@/lib/core/analysis/quote";
import { FormMessage } from "@/components/ui/form-message";
import { useActionRunner } from "@/components/ui/use-action-runner";

type RateTableInput = { ratePerHan: string; currency: string; weights: Record<MatchBand, string> };
type Props = { rates: RateTable; save: (input: RateTableInput) => Promise<ActionResult<RateTable>> };

const CURRENCIES = ["USD", "EUR", "GBP", "CNY", "TWD", "HKD", "JPY", "AUD", "CAD", "SGD"];

/**
 * The quote's rate table: a rate per Han character, a currency and each band's weight, saved on the
 * server for every analysis. The browser's own checks are off so that the server's message, in the
 * UI's language, says what is wrong; a refused table changes nothing.
 */
export function RateTableForm({ rates, save }: Props) {
  const t = useTranslations("Analysis");
  const { run, message, isPending } = useActionRunner();
  return (
    <form
      className="card rate-table-form"
      aria-labelledby="rates-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const field = (name: string) => String(form.get(name) ?? "");
        const weights = Object.fromEntries(MATCH_BANDS.map((band) => [band, field(`weight-${band}`)])) as Record<MatchBand, string>;
        run(() => save({ ratePerHan: field("ratePerHan"), currency: field("currency"), weights }), () => t("ratesSaved"));
      }}
    >
      <h3 id="rates-heading">{t("ratesHeading")}</h3>
      <p className="hint">{t("ratesIntro")}</p>
      {/* Saved values show again after each save (the currency in capitals, 0.50 as 0.5). */}
      <div className="rate-fields" key={JSON.stringify(rates)}>
        <label className="field">
          <span className="field-label">{t("ratePerHan")}</span>
          <input type="number" name="ratePerHan" inputMode="decimal" step="any" min={0} defaultValue={rates.ratePerHan} />
        </label>
        <label className="field">
          <span className="field-label">{t("currency")}</span>
          <input type="text" name="currency" list="rate-currencies" autoCapitalize="characters" autoComplete="off" spellCheck={false} maxLength={3} defaultValue={rates.currency} aria-describedby="currency-hint" />
          <span className="hint" id="currency-hint">
            {t("currencyHint")}
          </span>
          <datalist id="rate-currencies">
            {CURRENCIES.map((code) => (
              <option key={code} value={code} />
            ))}
          </datalist>
        </label>
        <fieldset className="rate-weights">
          <legend className="field-label">{t("weight")}</legend>
          {MATCH_BANDS.map((band) => (
            <label key={band} className="rate-weight">
              <span aria-hidden="true">{t(`bands.${band}`)}</span>
              <input
                type="number"
                name={`weight-${band}`}
                inputMode="decimal"
                step="any"
                min={0}
                max={100}
                defaultValue={rates.weights[band]}
                aria-label={t("weightOf", { band: t(`bands.${band}`) })}
              />
              <span aria-hidden="true">%</span>
            </label>
          ))}
        </fieldset>
      </div>
      <button type="submit" className="button primary" disabled={isPending}>
        {isPending ? t("savingRates") : t("saveRates")}
      </button>
      <FormMessage message={message} />
    </form>
  );
}
