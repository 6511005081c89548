import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { AnalysisReport } from "@/lib/core/analysis/analysis-report";

const total = (byStatus: Record<string, number>) => Object.values(byStatus).reduce((a, b) => a + b, 0);

/** A job's documents with their counts, each linked to its own analysis; the job's totals last. */
export function JobDocumentsTable({ report }: { report: AnalysisReport }) {
  const t = useTranslations("Analysis");
  const format = useFormatter();
  const { counts } = report;
  return (
    <section className="analysis-section" aria-labelledby="job-documents-heading">
      <h2 id="job-documents-heading">{t("documentsHeading")}</h2>
      {/* Seven columns do not fit a phone: the table scrolls in a box that takes keyboard focus. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="job-documents-heading">
        <table className="analysis-table job-documents">
          <caption className="visually-hidden">{t("documentsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("report.title")}</th>
              <th scope="col" className="numeric">{t("han")}</th>
              <th scope="col" className="numeric">{t("characters")}</th>
              <th scope="col" className="numeric">{t("englishWords")}</th>
              <th scope="col" className="numeric">{t("paragraphs")}</th>
              <th scope="col" className="numeric">{t("sentences")}</th>
              <th scope="col" className="numeric">{t("hanLeft")}</th>
            </tr>
          </thead>
          <tbody>
            {report.documents.map((document) => (
              <tr key={document.id}>
                <th scope="row" className="job-document-title">
                  <Link href={`/documents/${document.id}/analysis${report.unit === "sentence" ? "?unit=sentence" : ""}`}>{document.title}</Link>
                </th>
                <td className="numeric">{format.number(document.counts.han)}</td>
                <td className="numeric">{format.number(document.counts.characters)}</td>
                <td className="numeric">{format.number(document.counts.englishWords)}</td>
                <td className="numeric">{format.number(total(document.counts.paragraphs))}</td>
                <td className="numeric">{format.number(total(document.counts.sentences))}</td>
                <td className="numeric">{format.number(document.hanLeft)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("total")}</th>
              <td className="numeric">{format.number(counts.han)}</td>
              <td className="numeric">{format.number(counts.characters)}</td>
              <td className="numeric">{format.number(counts.englishWords)}</td>
              <td className="numeric">{format.number(total(counts.paragraphs))}</td>
              <td className="numeric">{format.number(total(counts.sentences))}</td>
              <td className="numeric">{format.number(report.hanLeft)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
