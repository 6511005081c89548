import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { AnalysisView } from "@/components/analysis/analysis-view";
import { RateTableForm } from "@/components/analysis/rate-table-form";
import type { AnalysisUnit } from "@/lib/core/analysis/analysis-report";
import { isDomainError } from "@/lib/core/errors";
import { getAnalysisReport } from "@/lib/server/analysis-report";
import { saveRateTableAction } from "@/app/analysis/actions";
import { reportHref, ZUnit } from "@/app/analysis/analysis-query";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { requireUser } from "@/lib/server/auth/require-user";
import { authorizeDocument } from "@/lib/server/auth/authorize";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ unit?: string | string[] }> };

// Metadata and page share one analysis per request.
const loadReport = cache(async (idParam: string, unit: AnalysisUnit) => {
  const id = Number(idParam);
  if (!/^\d+$/.test(idParam) || !Number.isSafeInteger(id) || id <= 0) notFound();
  try {
    return await getAnalysisReport({ ids: [await authorizeDocument(await requireUser(), id, "read")], unit });
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

async function load({ params, searchParams }: Props) {
  const unit = ZUnit.parse((await searchParams).unit);
  return loadReport((await params).id, unit);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  await requirePageUser();
  const report = await load(props);
  return { title: (await getTranslations("Analysis"))("title", { title: report.documents[0].title }) };
}

/** A document's counts, match analysis and quote (`?unit=sentence` analyses by sentence). */
export default async function DocumentAnalysisPage(props: Props) {
  await requirePageUser();
  const report = await load(props);
  const [t, tDocument] = await Promise.all([getTranslations("Analysis"), getTranslations("Document")]);
  const { id, title } = report.documents[0];
  return (
    <>
      <nav className="breadcrumb">
        <Link href="/">← {tDocument("back")}</Link>
        <Link href={`/documents/${id}`}>{t("backToDocument")}</Link>
      </nav>
      <AnalysisView
        report={report}
        heading={t("title", { title })}
        unitHrefs={{ paragraph: `/documents/${id}/analysis`, sentence: `/documents/${id}/analysis?unit=sentence` }}
        exportHrefs={{ csv: reportHref("csv", [id], report.unit), html: reportHref("html", [id], report.unit) }}
        rateForm={<RateTableForm rates={report.rates} save={saveRateTableAction} />}
      />
    </>
  );
}
