import { z } from "zod";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { analysisCsv } from "@/lib/core/analysis/analysis-csv";
import { analysisHtml } from "@/lib/core/analysis/analysis-html";
import { isDomainError } from "@/lib/core/errors";
import { contentDisposition, safeFileName } from "@/lib/core/formats/file-name";
import { getAnalysisReport } from "@/lib/server/analysis-report";
import { ZIds, ZUnit } from "@/app/analysis/analysis-query";
import { reportLabels } from "./report-labels";
import { refuseStranger } from "@/lib/server/auth/refuse-stranger";
import { requireUser } from "@/lib/server/auth/require-user";
import { authorizeDocuments } from "@/lib/server/auth/authorize";
import { refusalResponse } from "@/lib/server/auth/refusal-response";

export const dynamic = "force-dynamic";

const ZQuery = z.object({ ids: ZIds, unit: ZUnit, format: z.enum(["csv", "html"]) });
const NO_STORE = { "Cache-Control": "no-store" };

/**
 * GET /api/analysis/report?ids=1,2&unit=sentence&format=csv|html — a job's analysis and quote as CSV
 * (a download) or as a printable HTML page (opened in the browser, or saved), in the reader's language.
 */
export async function GET(request: Request): Promise<Response> {
  const refusal = await refuseStranger();
  if (refusal) return refusal;
  const query = ZQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return Response.json({ code: "INVALID_INPUT" }, { status: 400, headers: NO_STORE });
  const { ids, unit, format } = query.data;
  try {
    const report = await getAnalysisReport({ ids: await authorizeDocuments(await requireUser(), ids, "read"), unit });
    const [t, tStatus, formatter, locale] = await Promise.all([getTranslations("Analysis"), getTranslations("Status"), getFormatter(), getLocale()]);
    const now = new Date();
    const labels = reportLabels(t, tStatus, { unit, date: formatter.dateTime(now, { dateStyle: "long" }) });
    const base = `${report.documents.length === 1 ? report.documents[0].title : labels.heading} ${now.toISOString().slice(0, 10)}`;
    if (format === "csv") {
      return new Response(analysisCsv(report, labels), {
        headers: { ...NO_STORE, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": contentDisposition(safeFileName(base, "csv", "analysis")) },
      });
    }
    // The proxy's CSP allows a style element only with this request's nonce.
    const nonce = /'nonce-([^']+)'/.exec(request.headers.get("content-security-policy") ?? "")?.[1];
    return new Response(analysisHtml(report, labels, { locale, styleNonce: nonce }), {
      headers: {
        ...NO_STORE,
        "Content-Type": "text/html; charset=utf-8",
        "Content-Disposition": contentDisposition(safeFileName(base, "html", "analysis")).replace(/^attachment/, "inline"),
      },
    });
  } catch (error) {
    const refusal = refusalResponse(error, NO_STORE);
    if (refusal) return refusal;
    if (isDomainError(error) && error.code === "NOT_FOUND") return Response.json({ code: "NOT_FOUND" }, { status: 404, headers: NO_STORE });
    throw error;
  }
}
