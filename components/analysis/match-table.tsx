import { useFormatter, useTranslations } from "next-intl";
import type { AnalysisReport } from "@/lib/core/analysis/analysis-report";

/** The match analysis as CAT tools show it: one row per band, segments, Han characters, characters and the share of the job. */
export function MatchTable({ report }: { report: AnalysisReport }) {
  const t = useTranslations("Analysis");
  const format = useFormatter();
  const percent = (share: number) => format.number(share, { style: "percent", maximumFractionDigits: 1 });
  const { total, unit } = report;
  return (
    <section className="analysis-section" aria-labelledby="matches-heading">
      <h2 id="matches-heading">{t("matchesHeading")}</h2>
      <p className="hint">{t("matchesIntro")}</p>
      <table className="analysis-table match-table">
        <caption className="visually-hidden">{t("matchesCaption", { unit })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("match")}</th>
            <th scope="col" className="numeric">{t("segments", { unit })}</th>
            <th scope="col" className="numeric">{t("han")}</th>
            <th scope="col" className="numeric">{t("characters")}</th>
            <th scope="col" className="numeric">{t("share")}</th>
          </tr>
        </thead>
        <tbody>
          {report.bands.map((band) => (
            <tr key={band.band} className={`band-${band.band}`}>
              <th scope="row">{t(`bands.${band.band}`)}</th>
              <td className="numeric">{format.number(band.segments)}</td>
              <td className="numeric">{format.number(band.han)}</td>
              <td className="numeric">{format.number(band.characters)}</td>
              <td className="numeric share">
                <span className="share-bar" aria-hidden="true">
                  <span style={{ width: `${Math.round(band.share * 100)}%` }} />
                </span>
                {percent(band.share)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("total")}</th>
            <td className="numeric">{format.number(total.segments)}</td>
            <td className="numeric">{format.number(total.han)}</td>
            <td className="numeric">{format.number(total.characters)}</td>
            <td className="numeric">{percent(total.han === 0 ? 0 : 1)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
