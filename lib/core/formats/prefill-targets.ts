import type { ExportData } from "./export-data";

/**
 * For CAT tools that translate the XLIFF `<target>` (OmegaT's XLIFF filter): each paragraph without a
 * translation gets its source as target and stays untranslated (state "new" / "initial"). Reading the
 * file back, a target that still equals its source is no translation (dropSourceCopy).
 */
export function prefillTargets(data: ExportData): ExportData {
  return {
    ...data,
    segments: data.segments.map((segment) => (segment.target.trim() === "" ? { ...segment, target: segment.source, status: "untranslated" } : segment)),
  };
}
