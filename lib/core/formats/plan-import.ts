import { detectScript } from "../convert/detect-script";
import type { PreparedImport } from "../import/prepare-import";
import { MAX_TITLE_LENGTH } from "../limits";
import type { Segment, SegmentStatus } from "../model";
import type { ParsedBilingual, ParsedUnit } from "./parse-bilingual";
import { importedStatus } from "./imported-status";

/** A translation to write: the paragraph, the version it was read at, its new text and status. */
export type TargetChange = { segmentId: number; n: number; baseVersion: number; target: string; status: SegmentStatus };

/** What an import into an existing document changes; n counts paragraphs from 1. */
export type ImportPlan = {
  changes: TargetChange[];
  /**
   * Paragraphs changed since the file was exported (the file names an older version, and its text
   * differs): the newer text stays, the file's is to be kept as a refused revision (baseVersion is
   * the paragraph's current version).
   */
  conflicts: TargetChange[];
  /** Paragraphs matched whose text and status already equal the file's. */
  unchanged: number;
  /** Units of the file that match no paragraph (nothing is written for them). */
  unmatched: number;
  matchedById: number;
  matchedBySource: number;
};

// Sources compare after Unicode normalisation and with runs of whitespace folded.
const sourceKey = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

/**
 * Matches the file's units to a document's paragraphs, by id ("s" + paragraph id) first, else by
 * source text (each paragraph at most once, in document order), and lists the translations that differ.
 * An empty target in the file never clears a translation, and a status falls only where the file says
 * so (importedStatus). A unit matched by id that carries the
 * version it was exported at is a conflict when the paragraph has changed since (files of other
 * tools carry no version: their texts are applied).
 */
export function planImport(segments: Segment[], units: ParsedUnit[]): ImportPlan {
  const byId = new Map(segments.map((segment, i) => [`s${segment.id}`, { segment, n: i + 1 }]));
  const bySource = new Map<string, { segment: Segment; n: number }[]>();
  segments.forEach((segment, i) => {
    const key = sourceKey(segment.source);
    bySource.set(key, [...(bySource.get(key) ?? []), { segment, n: i + 1 }]);
  });
  const used = new Set<number>();
  const plan: ImportPlan = { changes: [], conflicts: [], unchanged: 0, unmatched: 0, matchedById: 0, matchedBySource: 0 };
  for (const unit of units) {
    let match = byId.get(unit.id);
    const isById = match !== undefined && !used.has(match.segment.id) && sourceKey(match.segment.source) === sourceKey(unit.source);
    if (isById) plan.matchedById++;
    else {
      match = bySource.get(sourceKey(unit.source))?.find((candidate) => !used.has(candidate.segment.id));
      if (match) plan.matchedBySource++;
    }
    if (!match) {
      plan.unmatched++;
      continue;
    }
    const { segment, n } = match;
    used.add(segment.id);
    const status = importedStatus(segment, unit);
    if (unit.target === "" || (unit.target === segment.target && status === segment.status)) {
      plan.unchanged++;
      continue;
    }
    const change = { segmentId: segment.id, n, baseVersion: segment.version, target: unit.target, status };
    const isStale = isById && unit.version !== undefined && unit.version !== segment.version;
    (isStale ? plan.conflicts : plan.changes).push(change);
  }
  return plan;
}

/** A new document from a bilingual file: its sources as paragraphs, its raw text the sources one per paragraph. */
export function prepareBilingualDocument(parsed: ParsedBilingual, fileName: string): PreparedImport {
  const units = parsed.units.filter((unit) => unit.source.trim() !== "");
  const raw = units.map((unit) => unit.source).join("\n\n");
  const title = [...(parsed.title.trim() || fileName.replace(/\.[^.]+$/, "") || units[0].source)].slice(0, MAX_TITLE_LENGTH).join("");
  return {
    title,
    raw,
    encoding: "utf-8",
    format: "text",
    cleanup: null,
    script: detectScript(raw),
    sourceUrl: "",
    note: "",
    segments: units.map((unit) => ({ kind: unit.kind, source: unit.source })),
  };
}
