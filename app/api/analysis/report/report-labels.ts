import type { getTranslations } from "next-intl/server";
import { MATCH_BANDS, type MatchBand } from "@/lib/core/analysis/match-bands";
import type { AnalysisUnit } from "@/lib/core/analysis/analysis-report";
import type { ReportLabels } from "@/lib/core/analysis/report-labels";
import { SEGMENT_STATUSES, type SegmentStatus } from "@/lib/core/model";

type T = Awaited<ReturnType<typeof getTranslations<"Analysis">>>;
type TStatus = Awaited<ReturnType<typeof getTranslations<"Status">>>;

/** The report's words from the Analysis messages of the reader's language. */
export function reportLabels(t: T, tStatus: TStatus, { unit, date }: { unit: AnalysisUnit; date: string }): ReportLabels {
  return {
    heading: t("report.heading"),
    subtitle: t("report.subtitle", { date, unit }),
    pricingNote: t("report.pricingNote"),
    documentsHeading: t("documentsHeading"),
    countsHeading: t("countsHeading"),
    matchesHeading: t("matchesHeading"),
    quoteHeading: t("quoteHeading"),
    id: t("report.id"),
    title: t("report.title"),
    han: t("han"),
    characters: t("characters"),
    englishWords: t("englishWords"),
    paragraphs: t("paragraphs"),
    sentences: t("sentences"),
    hanLeft: t("report.hanLeft"),
    total: t("total"),
    match: t("match"),
    segments: t("segments", { unit }),
    share: t("share"),
    weight: t("weight"),
    weightedHan: t("weightedHan"),
    rate: t("report.rate"),
    amount: t("amount"),
    currency: t("report.currency"),
    status: t("status"),
    statuses: Object.fromEntries(SEGMENT_STATUSES.map((s) => [s, tStatus(s)])) as Record<SegmentStatus, string>,
    bands: Object.fromEntries(MATCH_BANDS.map((band) => [band, t(`bands.${band}`)])) as Record<MatchBand, string>,
  };
}
