import type { ConversionFinding } from "@/lib/core/convert/conversion-review-types";
import type { QaFinding } from "@/lib/core/qa/qa-types";
import { english } from "./english";

/** What `duizhao check` found in one paragraph (n: its number from 1). */
export type CheckedParagraph = { n: number; qa: (QaFinding & { isIgnored: boolean })[]; conversion: ConversionFinding[] };

export type CheckTotals = { qa: number; conversion: number; ignored: number; paragraphs: number };

export function countFindings(paragraphs: readonly CheckedParagraph[]): CheckTotals {
  const totals = { qa: 0, conversion: 0, ignored: 0, paragraphs: 0 };
  for (const paragraph of paragraphs) {
    const shown = paragraph.qa.filter((finding) => !finding.isIgnored).length;
    totals.qa += shown;
    totals.ignored += paragraph.qa.length - shown;
    totals.conversion += paragraph.conversion.length;
    if (shown + paragraph.conversion.length > 0) totals.paragraphs++;
  }
  return totals;
}

const plural = (count: number, one: string, other = `${one}s`) => `${count} ${count === 1 ? one : other}`;

function describeConversion(finding: ConversionFinding): string {
  const options = finding.options.map((option) => (option.hint ? `${option.text} (${option.hint})` : option.text));
  if (finding.kind === "ambiguous") return `“${finding.shown}” has more than one conversion: ${options.join(" / ")}`;
  return `“${finding.shown}” is written in the other script${options.length ? `: ${options.join(" / ")}` : ""}`;
}

/** One line per finding (`¶12 numbers: …`, the English of the app's messages), then a summary line. */
export function formatReport(paragraphs: readonly CheckedParagraph[]): string {
  const lines: string[] = [];
  for (const { n, qa, conversion } of paragraphs) {
    for (const finding of qa) {
      if (!finding.isIgnored) lines.push(`¶${n} ${finding.check}: ${english(`QaFindings.${finding.code}`, finding.params)}`);
    }
    for (const finding of conversion) lines.push(`¶${n} conversion: ${describeConversion(finding)}`);
  }
  const totals = countFindings(paragraphs);
  const ignored = totals.ignored ? `; ${plural(totals.ignored, "ignored warning")} not shown` : "";
  const where = totals.paragraphs ? ` in ${plural(totals.paragraphs, "paragraph")}` : "";
  lines.push(`${plural(totals.qa, "QA warning")}, ${plural(totals.conversion, "conversion finding")}${where}${ignored}.`);
  return `${lines.join("\n")}\n`;
}

/** The same as JSON: every paragraph with a finding, each finding with its English message. */
export function reportJson(paragraphs: readonly CheckedParagraph[]): string {
  const out = {
    paragraphs: paragraphs
      .filter((paragraph) => paragraph.qa.length + paragraph.conversion.length > 0)
      .map(({ n, qa, conversion }) => ({
        n,
        qa: qa.map((finding) => ({ ...finding, message: english(`QaFindings.${finding.code}`, finding.params) })),
        conversion,
      })),
    totals: countFindings(paragraphs),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
