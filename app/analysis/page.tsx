import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AnalysisView } from "@/components/analysis/analysis-view";
import { RateTableForm } from "@/components/analysis/rate-table-form";
import { isDomainError } from "@/lib/core/errors";
import { getAnalysisReport } from "@/lib/server/analysis-report";
import { saveRateTableAction } from "./actions";
import { reportHref, ZIds, ZUnit } from "./analysis-query";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { authorizeDocuments } from "@/lib/server/auth/authorize";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ ids?: string | string[]; unit?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Analysis"))("jobTitle") };
}

/** The analysis of several documents as one job (`/analysis?ids=1,2,3`, `&unit=sentence`): totals, each document's counts, the quote. */
export default async function JobAnalysisPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const query = await searchParams;
  const [t, tDocument] = await Promise.all([getTranslations("Analysis"), getTranslations("Document")]);
  const breadcrumb = (
    <nav className="breadcrumb">
      <Link href="/">← {tDocument("back")}</Link>
    </nav>
  );
  if (query.ids === undefined || query.ids === "") {
    return (
      <>
        {breadcrumb}
        <div className="analysis-page">
          <h1>{t("jobTitle")}</h1>
          <p role="status" className="notice">
            {t("noSelection")}
          </p>
        </div>
      </>
    );
  }
  const ids = ZIds.safeParse(query.ids);
  if (!ids.success) notFound();
  const unit = ZUnit.parse(query.unit);
  const report = await authorizeDocuments(user, ids.data, "read").then((allowed) => getAnalysisReport({ ids: allowed, unit })).catch((error: unknown) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const href = (option: string) => `/analysis?${new URLSearchParams({ ids: ids.data.join(","), ...(option === "sentence" ? { unit: option } : {}) })}`;
  return (
    <>
      {breadcrumb}
      <AnalysisView
        report={report}
        heading={t("jobTitle")}
        intro={<p className="hint">{t("jobIntro", { count: report.documents.length })}</p>}
        unitHrefs={{ paragraph: href("paragraph"), sentence: href("sentence") }}
        exportHrefs={{ csv: reportHref("csv", ids.data, unit), html: reportHref("html", ids.data, unit) }}
        rateForm={<RateTableForm rates={report.rates} save={saveRateTableAction} />}
      />
    </>
  );
}
