import { normalizeText } from "./normalize-text";
import type { QaFinding, QaSegment } from "./qa-types";
import { toFindingRange } from "./to-finding-range";
import { HAN } from "../text/char-classes";

// What was not translated. Codes:
//   untranslated.empty {}: marked translated (or reviewed) with an empty translation
//   untranslated.same  {}: the translation is the Chinese source itself
//   untranslated.han   {text}: Chinese characters left in the English (the runs, space-separated)

const DONE = new Set(["translated", "reviewed"]);
const HAN_RUN = new RegExp(`[${HAN}]+`, "gu");

/** The untranslated check of one paragraph. */
export function checkUntranslated(segment: QaSegment): QaFinding[] {
  const { source, target, status } = segment;
  if (target.trim() === "") {
    return DONE.has(status) && source.trim() !== "" ? [{ check: "untranslated", code: "untranslated.empty", params: {}, key: "untranslated.empty" }] : [];
  }
  const runs = [...target.matchAll(HAN_RUN)];
  if (runs.length === 0) return [];
  if (normalizeText(source) === normalizeText(target)) return [{ check: "untranslated", code: "untranslated.same", params: {}, key: "untranslated.same" }];
  const unique = [...new Set(runs.map((m) => m[0]))];
  const first = runs[0];
  return [
    {
      check: "untranslated",
      code: "untranslated.han",
      params: { text: unique.join(" ") },
      key: `untranslated.han:${unique.join(",")}`,
      targetRange: toFindingRange(target, { start: first.index, end: first.index + first[0].length }),
    },
  ];
}
