import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { analysisCsv } from "./analysis-csv";
import { analysisHtml } from "./analysis-html";
import { analysisReport, type JobAnalysisData } from "./analysis-report";
import { analyzeMatches } from "./analyze-matches";
import { countDocument } from "./count-document";
import { DEFAULT_RATES } from "./quote";
import type { ReportLabels } from "./report-labels";

const paragraphs = [
  { source: "第一句。第二句！", target: "First. Second!", status: "translated" as const },
  { source: "第一句。第二句！", target: "", status: "draft" as const },
  { source: "沒有記憶的一段", target: "", status: "untranslated" as const },
];
const counts = countDocument(paragraphs);
const job: JobAnalysisData = {
  documents: [
    { id: 7, title: "=SUM(A1)<b>隨州 & 城管</b>", counts },
    { id: 9, title: "第二篇", counts },
  ],
  counts: countDocument([...paragraphs, ...paragraphs]),
  unit: "paragraph",
  matches: analyzeMatches(
    paragraphs.map((p) => p.source),
    { keyOf: (text) => text, bestScore: (text) => (text.startsWith("第一") ? 100 : 0) },
  ),
};

const LABELS: ReportLabels = {
  heading: "Analysis and quote",
  subtitle: "3 December 2026 · by paragraph",
  pricingNote: "Han characters are the pricing unit.",
  documentsHeading: "Documents",
  countsHeading: "Counts",
  matchesHeading: "Match analysis",
  quoteHeading: "Quote",
  id: "ID",
  title: "Title",
  han: "Han characters",
  characters: "Characters",
  englishWords: "English words",
  paragraphs: "Paragraphs",
  sentences: "Sentences",
  hanLeft: "Han characters left",
  total: "Total",
  match: "Match",
  segments: "Paragraphs",
  share: "% of total",
  weight: "Weight",
  weightedHan: "Weighted Han characters",
  rate: "Rate per Han character",
  amount: "Amount",
  currency: "Currency",
  status: "Status",
  statuses: { untranslated: "Untranslated", draft: "Draft", translated: "Translated", reviewed: "Reviewed" },
  bands: { repetition: "Repetitions", "100": "100%", "95-99": "95–99%", "85-94": "85–94%", "75-84": "75–84%", "50-74": "50–74%", none: "No match" },
};

describe("analysisReport", () => {
  const report = analysisReport(job, { ...DEFAULT_RATES, ratePerHan: 0.1, currency: "CNY" });

  it("gives each band its share of the Han characters, its weight and amount, and the Han characters left", () => {
    const band = (name: string) => report.bands.find((b) => b.band === name)!;
    expect(band("100")).toMatchObject({ segments: 1, han: 6, share: 6 / 19, weight: 30, weightedHan: 1.8 });
    expect(band("repetition")).toMatchObject({ segments: 1, han: 6, share: 6 / 19 });
    expect(band("none")).toMatchObject({ segments: 1, han: 7, weightedHan: 7, amount: 0.7000000000000001 });
    expect(report.total).toEqual({ segments: 3, han: 19, characters: 23, weightedHan: 10.6, amount: 1.06 });
    expect(report.hanLeft).toBe(2 * (6 + 7));
    expect(report.documents[0].hanLeft).toBe(13);
  });

  it("shares nothing when there is no Han character", () => {
    const empty = analysisReport({ ...job, matches: analyzeMatches([], { keyOf: (t) => t, bestScore: () => 0 }) }, DEFAULT_RATES);
    expect(empty.bands.every((b) => b.share === 0)).toBe(true);
  });

  it("writes CSV with a BOM: the documents, the statuses, the bands and the quote; a title cannot run as a formula", () => {
    const csv = analysisCsv(report, LABELS);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(["ID", "Title", "Han characters", "Characters", "English words", "Paragraphs", "Sentences", "Han characters left"]);
    expect(rows[1]).toEqual(["7", "'=SUM(A1)<b>隨州 & 城管</b>", "19", "23", "2", "3", "5", "13"]);
    expect(rows).toContainEqual(["", "Total", "38", "46", "4", "6", "10", "26"]);
    expect(rows).toContainEqual(["Draft", "2", "4", "12"]);
    expect(rows).toContainEqual(["100%", "1", "6", "8", "31.58"]);
    expect(rows).toContainEqual(["No match", "7", "100", "7", "0.1", "0.7", "CNY"]);
    expect(rows).toContainEqual(["Total", "19", "", "10.6", "0.1", "1.06", "CNY"]);
  });

  it("writes a standalone HTML report with every title escaped, numbers and amounts in the reader's locale", () => {
    const html = analysisHtml(report, LABELS, { locale: "zh-CN", styleNonce: "abc" });
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<style nonce="abc">');
    expect(html).toContain("@page { size: A4");
    expect(html).toContain("=SUM(A1)&lt;b&gt;隨州 &amp; 城管&lt;/b&gt;");
    expect(html).not.toContain("<b>隨州");
    expect(html).toContain("<td>No match</td>");
    expect(html).toContain("¥1.06");
    expect(analysisHtml(report, LABELS, { locale: "en" })).toContain("CN¥1.06");
  });
});
