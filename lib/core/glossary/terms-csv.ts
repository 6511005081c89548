import Papa from "papaparse";
import { DomainError } from "../errors";
import { neutraliseFormula } from "../formats/to-csv";
import { TERM_USAGES, isOneOf, type TermInput } from "../model";

// Written by glossaryToCsv (lib/core/formats/to-csv.ts): a header source,target,note,usage, UTF-8 with a
// BOM. OmegaT calls the third column a comment, so `comment` (and `notes`) name the note too.
const COLUMN_NAMES: Record<string, "source" | "target" | "note" | "usage"> = {
  source: "source",
  target: "target",
  note: "note",
  notes: "note",
  comment: "note",
  usage: "usage",
};

// The export puts an apostrophe before a cell a spreadsheet would run as a formula; reading it back takes
// that apostrophe off again (and only that one).
function restoreFormula(cell: string): string {
  return cell.startsWith("'") && neutraliseFormula(cell.slice(1)) === cell ? cell.slice(1) : cell;
}

/**
 * Reads a glossary CSV: a header naming at least `source` and `target` (any order, any case; `note`
 * and `usage` optional), a BOM allowed. Throws INVALID_CSV with the line of the first bad row.
 */
export function parseTermsCsv(text: string): TermInput[] {
  const { data, errors } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const broken = errors.find((error) => error.type === "Quotes");
  if (broken) throw new DomainError("INVALID_CSV", { line: (broken.row ?? 0) + 1 });
  const [header, ...rows] = data;
  const columns = (header ?? []).map((name) => COLUMN_NAMES[name.trim().toLowerCase()] ?? null);
  const at = (name: string) => columns.indexOf(name as never);
  if (at("source") < 0 || at("target") < 0) throw new DomainError("INVALID_CSV", { line: 1 });
  return rows.map((row, i) => {
    const field = (name: string) => (at(name) < 0 ? "" : restoreFormula((row[at(name)] ?? "").trim()));
    const usage = field("usage") || "preferred";
    if (field("source") === "" || field("target") === "" || !isOneOf(TERM_USAGES, usage)) throw new DomainError("INVALID_CSV", { line: i + 2 });
    return { source: field("source"), target: field("target"), note: field("note"), usage };
  });
}
