import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { AnalysisReport, AnalysisUnit } from "@/lib/core/analysis/analysis-report";
import { CountsSection } from "./counts-section";
import { JobDocumentsTable } from "./job-documents-table";
import { MatchTable } from "./match-table";
import { QuoteSection } from "./quote-section";
import { UnitToggle } from "./unit-toggle";

type Props = {
  report: AnalysisReport;
  heading: ReactNode;
  intro?: ReactNode;
  unitHrefs: Record<AnalysisUnit, string>;
  exportHrefs: { csv: string; html: string };
  rateForm: ReactNode;
};

/** A job's analysis page: the unit, the exports, the counts, the match bands and the quote (the documents too, for several). */
export function AnalysisView({ report, heading, intro, unitHrefs, exportHrefs, rateForm }: Props) {
  const t = useTranslations("Analysis");
  return (
    <div className="analysis-page">
      <h1>{heading}</h1>
      {intro}
      <div className="analysis-toolbar">
        <UnitToggle unit={report.unit} hrefs={unitHrefs} />
        <nav className="analysis-exports" aria-label={t("exports")}>
          <a className="button" href={exportHrefs.csv} download>
            {t("csv")}
          </a>
          <a className="button" href={exportHrefs.html} target="_blank" rel="noopener" aria-label={t("reportLabel")}>
            {t("reportLink")}
          </a>
        </nav>
      </div>
      {report.documents.length > 1 && <JobDocumentsTable report={report} />}
      <CountsSection report={report} />
      <MatchTable report={report} />
      <QuoteSection report={report} rateForm={rateForm} />
    </div>
  );
}
