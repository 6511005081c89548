import Papa from "papaparse";
import { annotationsBySegment, annotationText, unitId } from "./prepare-export";
import type { ExportData, ExportTerm } from "./export-data";
import { xmlText } from "./xml";

const BOM = "\uFEFF";

// A spreadsheet runs a cell that starts with = + - @ as a formula; a leading apostrophe makes it text
// (OWASP's advice against CSV injection). Spreadsheets also skip leading spaces (a no-break or
// ideographic one too), read full-width ＝＋－＠ as their ASCII forms, and start a formula after a
// tab or a line break; a leading zero-width or bidi character is as invisible. A cell starting with a
// tab or a line break is always prefixed; a cell starting with spaces only when a sign follows them,
// so an indented Chinese paragraph (　　正文) stays as it is.
const FORMULA_START = /^(?:[\t\r\n]|[\s\p{Cf}]*[=+\-@＝＋－＠])/u;

/** A cell Excel and LibreOffice show as text, never run as a formula. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

// TSV has no quoting: backslash, tab and newline are written as \\ \t \n (the convention Miller decodes).
function escapeTsv(cell: string): string {
  return cell.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\r?\n|\r/g, "\\n");
}

function table(header: string[], rows: string[][], separator: "," | "\t"): string {
  const safe = rows.map((row) => row.map((cell) => neutraliseFormula(xmlText(cell))));
  if (separator === "\t") {
    return BOM + [header, ...safe].map((row) => row.map(escapeTsv).join("\t")).join("\r\n") + "\r\n";
  }
  return BOM + Papa.unparse({ fields: header, data: safe }, { newline: "\r\n", quotes: true }) + "\r\n";
}

/** Paragraphs as CSV (RFC 4180, every field quoted) or TSV, UTF-8 with BOM: id, source, target, status, annotations. */
export function toDelimited(data: ExportData, separator: "," | "\t"): string {
  const notes = annotationsBySegment(data.annotations);
  const rows = data.segments.map((segment) => [
    unitId(segment),
    segment.source,
    segment.target,
    segment.status,
    (notes.get(segment.id) ?? []).map(annotationText).join("\n"),
  ]);
  // "notes" would be read as translator comments by translate-toolkit and break its header detection.
  return table(["id", "source", "target", "status", "annotations"], rows, separator);
}

// OmegaT (and other tools that read a glossary line by line) would split a quoted line break into a
// second, bogus term: a glossary CSV keeps each term on one line. TBX keeps the line breaks.
const oneLine = (cell: string) => cell.replace(/[^\S\n\r]*(?:\r\n?|\n)\s*/g, " ");

/** The glossary as CSV: source, target, note, usage, one line per term (OmegaT reads the first three as term, translation, comment). */
export function glossaryToCsv(terms: ExportTerm[]): string {
  return table(["source", "target", "note", "usage"], terms.map((term) => [term.source, term.target, term.note, term.usage].map(oneLine)), ",");
}
