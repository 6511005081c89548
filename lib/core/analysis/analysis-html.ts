import { SEGMENT_STATUSES } from "../model";
import { escapeHtml } from "../formats/to-html";
import type { AnalysisReport } from "./analysis-report";
import type { ReportLabels } from "./report-labels";

// Printed on A4 (and Letter): small type, tables across the page, no section split over two pages when
// it fits on one, long titles wrapped. System fonts only: the report is one self-contained file.
const STYLE = `
body { font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 52rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
.subtitle, .note { color: #555; font-size: .875rem; margin: 0 0 .25rem; } .note { margin: .5rem 0 .75rem; } .job { font-size: 1.1rem; font-weight: 600; margin: .75rem 0 0; }
.job, td.title { overflow-wrap: anywhere; }
dl { display: grid; grid-template-columns: max-content auto; gap: .25rem 1.5rem; margin: 0; } dt { color: #444; } dd { margin: 0; font-variant-numeric: tabular-nums; }
table { border-collapse: collapse; width: 100%; margin: .25rem 0; }
th, td { border-bottom: 1px solid #ccc; padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #333; font-size: .8rem; } td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; } td.n { white-space: nowrap; }
tr.total > * { font-weight: 700; border-top: 2px solid #333; border-bottom: 0; } .amount { font-size: 1.25rem; font-weight: 700; }
section { break-inside: avoid; }
@page { size: A4; margin: 15mm; }
@media print { body { margin: 0; max-width: none; font-size: 10pt; } .subtitle, .note { color: #000; } thead { display: table-header-group; } tr { break-inside: avoid; } }
@media (max-width: 40rem) { body { font-size: 13px; } th, td { padding: .3rem .25rem; } .wide { display: block; overflow-x: auto; } }`;

type Options = {
  /** BCP 47 language of the labels; numbers and amounts are written its way. */
  locale: string;
  /** The CSP nonce of the response that serves the report, so that its style applies in the browser too. */
  styleNonce?: string;
};

const cell = (text: string, className = "") => `<td${className ? ` class="${className}"` : ""}>${escapeHtml(text)}</td>`;
const head = (texts: string[], numericFrom = 1) =>
  `<thead><tr>${texts.map((text, i) => `<th scope="col"${i >= numericFrom ? ' class="n"' : ""}>${escapeHtml(text)}</th>`).join("")}</tr></thead>`;

/** The printable report: a standalone HTML page (its own print style) with the job, its counts, the match bands and the quote; every text escaped. */
export function analysisHtml(report: AnalysisReport, labels: ReportLabels, { locale, styleNonce }: Options): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(locale, { style: "currency", currency: report.rates.currency });
  const rate = new Intl.NumberFormat(locale, { style: "currency", currency: report.rates.currency, maximumFractionDigits: 4 });
  const n = (value: number) => cell(number.format(value), "n");
  const { counts, total } = report;
  const sum = (byStatus: Record<string, number>) => Object.values(byStatus).reduce((a, b) => a + b, 0);

  const titles = report.documents.length === 1 ? `<p class="job">${escapeHtml(report.documents[0].title)}</p>` : "";
  const documents =
    report.documents.length > 1
      ? `<section><h2>${escapeHtml(labels.documentsHeading)}</h2><table class="wide">${head([labels.title, labels.han, labels.characters, labels.englishWords, labels.paragraphs, labels.sentences, labels.hanLeft])}<tbody>
${report.documents.map((d) => `<tr>${cell(d.title, "title")}${n(d.counts.han)}${n(d.counts.characters)}${n(d.counts.englishWords)}${n(sum(d.counts.paragraphs))}${n(sum(d.counts.sentences))}${n(d.hanLeft)}</tr>`).join("\n")}
<tr class="total">${cell(labels.total)}${n(counts.han)}${n(counts.characters)}${n(counts.englishWords)}${n(sum(counts.paragraphs))}${n(sum(counts.sentences))}${n(report.hanLeft)}</tr>
</tbody></table></section>`
      : "";
  const summary = [
    [labels.han, counts.han],
    [labels.characters, counts.characters],
    [labels.englishWords, counts.englishWords],
    [labels.hanLeft, report.hanLeft],
  ]
    .map(([term, value]) => `<dt>${escapeHtml(String(term))}</dt><dd>${escapeHtml(number.format(Number(value)))}</dd>`)
    .join("");
  const statuses = SEGMENT_STATUSES.map((s) => `<tr>${cell(labels.statuses[s])}${n(counts.paragraphs[s])}${n(counts.sentences[s])}${n(counts.hanByStatus[s])}</tr>`).join("\n");
  const bands = report.bands
    .map((b) => `<tr>${cell(labels.bands[b.band])}${n(b.segments)}${n(b.han)}${n(b.characters)}${cell(percent.format(b.share), "n")}</tr>`)
    .join("\n");
  const quote = report.bands
    .map((b) => `<tr>${cell(labels.bands[b.band])}${n(b.han)}${cell(percent.format(b.weight / 100), "n")}${n(b.weightedHan)}${cell(money.format(b.amount), "n")}</tr>`)
    .join("\n");

  return `<!DOCTYPE html>
<html lang="${escapeHtml(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.documents.length === 1 ? `${labels.heading}: ${report.documents[0].title}` : labels.heading)}</title>
<style${styleNonce ? ` nonce="${escapeHtml(styleNonce)}"` : ""}>${STYLE}
</style>
</head>
<body>
<h1>${escapeHtml(labels.heading)}</h1>
${titles}
<p class="subtitle">${escapeHtml(labels.subtitle)}</p>
${documents}
<section><h2>${escapeHtml(labels.countsHeading)}</h2>
<dl>${summary}</dl>
<p class="note">${escapeHtml(labels.pricingNote)}</p>
<table>${head([labels.status, labels.paragraphs, labels.sentences, labels.han])}<tbody>
${statuses}
</tbody></table></section>
<section><h2>${escapeHtml(labels.matchesHeading)}</h2>
<table>${head([labels.match, labels.segments, labels.han, labels.characters, labels.share])}<tbody>
${bands}
<tr class="total">${cell(labels.total)}${n(total.segments)}${n(total.han)}${n(total.characters)}${cell(percent.format(total.han === 0 ? 0 : 1), "n")}</tr>
</tbody></table></section>
<section><h2>${escapeHtml(labels.quoteHeading)}</h2>
<table>${head([labels.match, labels.han, labels.weight, labels.weightedHan, labels.amount])}<tbody>
${quote}
<tr class="total">${cell(labels.total)}${n(total.han)}${cell("")}${n(total.weightedHan)}${cell(money.format(total.amount), "n")}</tr>
</tbody></table>
<dl><dt>${escapeHtml(labels.rate)}</dt><dd>${escapeHtml(rate.format(report.rates.ratePerHan))}</dd><dt>${escapeHtml(labels.amount)}</dt><dd class="amount">${escapeHtml(money.format(total.amount))}</dd></dl>
</section>
</body>
</html>
`;
}
