import "server-only";
import { analysisReport, type AnalysisReport, type AnalysisUnit } from "@/lib/core/analysis/analysis-report";
import { analyzeDocuments } from "./analysis";
import { readRateTable } from "./analysis-rates";

/** A job's analysis priced with the saved rate table; NOT_FOUND when any id names no document. */
export async function getAnalysisReport({ ids, unit }: { ids: readonly number[]; unit: AnalysisUnit }): Promise<AnalysisReport> {
  const [job, rates] = await Promise.all([analyzeDocuments({ ids, unit }), readRateTable()]);
  return analysisReport(job, rates);
}
