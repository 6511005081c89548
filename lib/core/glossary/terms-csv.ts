import { DomainError } from "../errors";
import { TERM_USAGES, isOneOf, type TermInput } from "../model";

// CSV as RFC 4180 has it: UTF-8, a header row, comma-separated, fields quoted when they hold a comma,
// a quote or a line break. Columns: source,target,note,usage (note and usage optional on import).

export const TERMS_CSV_HEADER = ["source", "target", "note", "usage"] as const;

const quote = (field: string) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);

/** The glossary as CSV with a header, lines ending CRLF. */
export function toTermsCsv(terms: readonly TermInput[]): string {
  const rows = [TERMS_CSV_HEADER.join(","), ...terms.map((t) => [t.source, t.target, t.note, t.usage].map(quote).join(","))];
  return `${rows.join("\r\n")}\r\n`;
}

function parseRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') inQuotes = false;
      else field += char;
    } else if (char === '"' && field === "") inQuotes = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    }
    else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      [row, field] = [[], ""];
    } else field += char;
  }
  if (field !== "" || row.length) rows.push([...row, field]);
  return rows.filter((r) => r.some((f) => f.trim() !== ""));
}

/**
 * Reads a glossary CSV: a header naming at least `source` and `target` (any order, any case; `note`
 * and `usage` optional), a BOM allowed. Throws INVALID_CSV with the line of the first bad row.
 */
export function parseTermsCsv(text: string): TermInput[] {
  const [header, ...rows] = parseRows(text.replace(/^\uFEFF/, ""));
  const columns = (header ?? []).map((name) => name.trim().toLowerCase());
  const at = (name: string) => columns.indexOf(name);
  if (at("source") < 0 || at("target") < 0) throw new DomainError("INVALID_CSV", { line: 1 });
  return rows.map((row, i) => {
    const field = (name: string) => (at(name) < 0 ? "" : (row[at(name)] ?? "").trim());
    const usage = field("usage") || "preferred";
    if (field("source") === "" || field("target") === "" || !isOneOf(TERM_USAGES, usage)) throw new DomainError("INVALID_CSV", { line: i + 2 });
    return { source: field("source"), target: field("target"), note: field("note"), usage };
  });
}
