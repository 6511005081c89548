import { findMojibake } from "../clean/find-mojibake";
import type { QaFinding } from "./qa-types";
import { toFindingRange } from "./to-finding-range";

// Garbled text left in a paragraph's source: the cleanup's own detector run again on the stored source
// (deterministic, so a run flagged at import is flagged here; a re-clean or an accepted repair that
// removes it removes the warning). Codes:
//   mojibake.suspect {text}: garbled-looking text whose original cannot be told
//   mojibake.repair {text, repair}: garbled text with a likely reading

/**
 * The mojibake warnings of a source: one per garbled run, keyed by its text (ignoring it holds until the
 * run changes). Apart from the paragraph checks: it reads only the source, and the editor loads it lazily.
 */
export function checkMojibake(source: string): QaFinding[] {
  return findMojibake(source).map((edit): QaFinding => {
    const text = source.slice(edit.start, edit.end);
    const sourceRange = toFindingRange(source, edit);
    if (edit.detail === "repair" && edit.replacement !== text) {
      return { check: "mojibake", code: "mojibake.repair", params: { text, repair: edit.replacement }, key: `mojibake:${text}`, sourceRange };
    }
    return { check: "mojibake", code: "mojibake.suspect", params: { text }, key: `mojibake:${text}`, sourceRange };
  });
}
