import type { SegmentStatus } from "../model";
import type { ParsedUnit } from "./parse-bilingual";

const RANK: Record<SegmentStatus, number> = { untranslated: 0, draft: 1, translated: 2, reviewed: 3 };

/**
 * The status a paragraph takes from a file's unit. A new text takes the file's status. The same text
 * only rises, or goes back to draft when the file marks the unit as needing work: a status the file
 * does not state, or "translated" from a tool without a review step (PO files, OmegaT), never lowers it.
 */
export function importedStatus(current: { target: string; status: SegmentStatus }, unit: Pick<ParsedUnit, "target" | "status" | "isStatusImplied">): SegmentStatus {
  if (unit.target !== current.target) return unit.status;
  if (unit.isStatusImplied) return current.status;
  if (RANK[unit.status] >= RANK[current.status] || unit.status === "draft") return unit.status;
  return current.status;
}
