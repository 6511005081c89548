import { useFormatter, useTranslations } from "next-intl";
import type { AnalysisReport } from "@/lib/core/analysis/analysis-report";
import { SEGMENT_STATUSES } from "@/lib/core/model";

const total = (byStatus: Record<string, number>) => Object.values(byStatus).reduce((a, b) => a + b, 0);

/** The job's counts: Han characters (the pricing unit) first, then paragraphs, sentences and Han characters by status. */
export function CountsSection({ report }: { report: AnalysisReport }) {
  const t = useTranslations("Analysis");
  const tStatus = useTranslations("Status");
  const format = useFormatter();
  const { counts } = report;
  const figures = [
    { key: "han", label: t("han"), note: t("hanNote"), value: counts.han },
    { key: "characters", label: t("characters"), note: t("charactersNote"), value: counts.characters },
    { key: "words", label: t("englishWords"), note: t("englishWordsNote"), value: counts.englishWords },
    { key: "left", label: t("hanLeft"), note: t("hanLeftNote"), value: report.hanLeft },
  ];
  return (
    <section className="analysis-section" aria-labelledby="counts-heading">
      <h2 id="counts-heading">{t("countsHeading")}</h2>
      <dl className="analysis-figures">
        {figures.map((figure) => (
          <div key={figure.key} className={`analysis-figure figure-${figure.key}`}>
            <dt>{figure.label}</dt>
            <dd className="analysis-figure-value">{format.number(figure.value)}</dd>
            <dd className="hint">{figure.note}</dd>
          </div>
        ))}
      </dl>
      <table className="analysis-table">
        <caption>{t("statusCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("status")}</th>
            <th scope="col" className="numeric">{t("paragraphs")}</th>
            <th scope="col" className="numeric">{t("sentences")}</th>
            <th scope="col" className="numeric">{t("han")}</th>
          </tr>
        </thead>
        <tbody>
          {SEGMENT_STATUSES.map((status) => (
            <tr key={status}>
              <th scope="row">{tStatus(status)}</th>
              <td className="numeric">{format.number(counts.paragraphs[status])}</td>
              <td className="numeric">{format.number(counts.sentences[status])}</td>
              <td className="numeric">{format.number(counts.hanByStatus[status])}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("total")}</th>
            <td className="numeric">{format.number(total(counts.paragraphs))}</td>
            <td className="numeric">{format.number(total(counts.sentences))}</td>
            <td className="numeric">{format.number(counts.han)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
