import type { MatchAnalysis } from "./analyze-matches";
import type { DocumentCounts } from "./count-document";
import type { MatchBand } from "./match-bands";
import { quoteOf, type RateTable } from "./quote";

/** What a job is analysed by: paragraphs or their sentences. */
export type AnalysisUnit = "paragraph" | "sentence";

/** A job's counts and match analysis, as the data layer answers it. */
export type JobAnalysisData = {
  documents: { id: number; title: string; counts: DocumentCounts }[];
  counts: DocumentCounts;
  unit: AnalysisUnit;
  matches: MatchAnalysis;
};

export type ReportBand = {
  band: MatchBand;
  segments: number;
  han: number;
  characters: number;
  /** The band's share of the job's Han characters, 0–1. */
  share: number;
  /** Percent of the full rate this band pays. */
  weight: number;
  weightedHan: number;
  amount: number;
};

export type ReportDocument = { id: number; title: string; counts: DocumentCounts; hanLeft: number };

/** Everything the analysis page, the CSV and the printable report show, in one shape. */
export type AnalysisReport = {
  documents: ReportDocument[];
  counts: DocumentCounts;
  /** Han characters of paragraphs not yet translated (untranslated or draft). */
  hanLeft: number;
  unit: AnalysisUnit;
  bands: ReportBand[];
  total: { segments: number; han: number; characters: number; weightedHan: number; amount: number };
  rates: RateTable;
};

const hanLeftOf = (counts: DocumentCounts) => counts.hanByStatus.untranslated + counts.hanByStatus.draft;

/** The report of an analysed job priced with a rate table: each band's share, weight and amount, the totals. */
export function analysisReport(job: JobAnalysisData, rates: RateTable): AnalysisReport {
  const quote = quoteOf(job.matches, rates);
  const { total } = job.matches;
  const bands = quote.lines.map((line) => {
    const tally = job.matches.bands[line.band];
    return { ...line, segments: tally.segments, characters: tally.characters, share: total.han === 0 ? 0 : tally.han / total.han };
  });
  return {
    documents: job.documents.map((document) => ({ ...document, hanLeft: hanLeftOf(document.counts) })),
    counts: job.counts,
    hanLeft: hanLeftOf(job.counts),
    unit: job.unit,
    bands,
    total: { ...total, weightedHan: quote.weightedHan, amount: quote.amount },
    rates,
  };
}
