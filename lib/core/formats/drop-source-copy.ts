import type { ParsedUnit } from "./parse-bilingual";

const comparable = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

/**
 * A unit whose target only repeats its source (a target pre-filled with the source, a CAT tool's copy of
 * an untranslated segment) carries no translation: it reads as untranslated, with no target.
 */
export function dropSourceCopy(unit: ParsedUnit): ParsedUnit {
  if (unit.target === "" || comparable(unit.target) !== comparable(unit.source)) return unit;
  return { ...unit, target: "", status: "untranslated", isStatusImplied: false };
}
