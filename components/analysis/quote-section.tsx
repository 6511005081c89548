import type { ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { AnalysisReport } from "@/lib/core/analysis/analysis-report";

/** The quote: each band's Han characters, weight, weighted count and amount; the total; the rate table's form beside it. */
export function QuoteSection({ report, rateForm }: { report: AnalysisReport; rateForm: ReactNode }) {
  const t = useTranslations("Analysis");
  const format = useFormatter();
  const { currency, ratePerHan } = report.rates;
  const money = (amount: number) => format.number(amount, { style: "currency", currency });
  const weighted = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  return (
    <section className="analysis-section quote-section" aria-labelledby="quote-heading">
      <h2 id="quote-heading">{t("quoteHeading")}</h2>
      <div className="quote-layout">
        <div>
          <table className="analysis-table quote-table">
            <caption className="visually-hidden">{t("quoteCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("match")}</th>
                <th scope="col" className="numeric">{t("han")}</th>
                <th scope="col" className="numeric">{t("weight")}</th>
                <th scope="col" className="numeric">{t("weightedHan")}</th>
                <th scope="col" className="numeric">{t("amount")}</th>
              </tr>
            </thead>
            <tbody>
              {report.bands.map((band) => (
                <tr key={band.band}>
                  <th scope="row">{t(`bands.${band.band}`)}</th>
                  <td className="numeric">{format.number(band.han)}</td>
                  <td className="numeric">{format.number(band.weight / 100, { style: "percent", maximumFractionDigits: 2 })}</td>
                  <td className="numeric">{weighted(band.weightedHan)}</td>
                  <td className="numeric">{money(band.amount)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("total")}</th>
                <td className="numeric">{format.number(report.total.han)}</td>
                <td />
                <td className="numeric">{weighted(report.total.weightedHan)}</td>
                <td className="numeric">{money(report.total.amount)}</td>
              </tr>
            </tfoot>
          </table>
          <p className="quote-total">
            <span>{t("amount")}</span> <output aria-label={t("amount")}>{money(report.total.amount)}</output>
            <span className="hint">{t("rateLine", { rate: format.number(ratePerHan, { style: "currency", currency, maximumFractionDigits: 4 }) })}</span>
          </p>
        </div>
        {rateForm}
      </div>
    </section>
  );
}
