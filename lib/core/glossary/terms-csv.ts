import Papa from "papaparse";
import { DomainError } from "../errors";
import { TERM_USAGES, isOneOf, type TermInput } from "../model";

// Written by glossaryToCsv (lib/core/formats/to-csv.ts): a header source,target,usage,note, UTF-8 with a BOM.

/**
 * Reads a glossary CSV: a header naming at least `source` and `target` (any order, any case; `note`
 * and `usage` optional), a BOM allowed. Throws INVALID_CSV with the line of the first bad row.
 */
export function parseTermsCsv(text: string): TermInput[] {
  const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [header, ...rows] = data;
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
