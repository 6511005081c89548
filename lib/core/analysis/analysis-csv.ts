import Papa from "papaparse";
import { SEGMENT_STATUSES } from "../model";
import { neutraliseFormula } from "../formats/to-csv";
import { xmlText } from "../formats/xml";
import type { AnalysisReport } from "./analysis-report";
import type { ReportLabels } from "./report-labels";

const BOM = "\uFEFF";

// Plain numbers (a point for decimals, no grouping) so that every spreadsheet reads them as numbers.
const num = (value: number) => String(Math.round(value * 100) / 100);

function section(header: string[], rows: (string | number)[][]): string {
  const data = rows.map((row) => row.map((cell) => (typeof cell === "number" ? num(cell) : neutraliseFormula(xmlText(cell)))));
  return Papa.unparse({ fields: header, data }, { newline: "\r\n", quotes: true });
}

/**
 * The report as CSV, UTF-8 with a BOM (Excel then reads Chinese titles right): the documents with their
 * counts, paragraphs and sentences by status, the match bands, the quote; one blank line between them.
 */
export function analysisCsv(report: AnalysisReport, labels: ReportLabels): string {
  const { counts, total, rates } = report;
  const documents = section(
    [labels.id, labels.title, labels.han, labels.characters, labels.englishWords, labels.paragraphs, labels.sentences, labels.hanLeft],
    [
      ...report.documents.map((d) => [d.id, d.title, d.counts.han, d.counts.characters, d.counts.englishWords, sum(d.counts.paragraphs), sum(d.counts.sentences), d.hanLeft]),
      ["", labels.total, counts.han, counts.characters, counts.englishWords, sum(counts.paragraphs), sum(counts.sentences), report.hanLeft],
    ],
  );
  const statuses = section(
    [labels.status, labels.paragraphs, labels.sentences, labels.han],
    SEGMENT_STATUSES.map((status) => [labels.statuses[status], counts.paragraphs[status], counts.sentences[status], counts.hanByStatus[status]]),
  );
  const bands = section(
    [labels.match, labels.segments, labels.han, labels.characters, labels.share],
    [
      ...report.bands.map((b) => [labels.bands[b.band], b.segments, b.han, b.characters, b.share * 100]),
      [labels.total, total.segments, total.han, total.characters, total.han === 0 ? 0 : 100],
    ],
  );
  const quote = section(
    [labels.match, labels.han, labels.weight, labels.weightedHan, labels.rate, labels.amount, labels.currency],
    [
      ...report.bands.map((b) => [labels.bands[b.band], b.han, b.weight, b.weightedHan, rates.ratePerHan, b.amount, rates.currency]),
      [labels.total, total.han, "", total.weightedHan, rates.ratePerHan, total.amount, rates.currency],
    ],
  );
  return `${BOM}${[documents, statuses, bands, quote].join("\r\n\r\n")}\r\n`;
}

function sum(byStatus: Record<string, number>): number {
  return Object.values(byStatus).reduce((a, b) => a + b, 0);
}
