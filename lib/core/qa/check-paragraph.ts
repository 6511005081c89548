import type { QaFinding, QaSegment } from "./qa-types";

// CONTRACT STUB (issue 8): the checks that need one paragraph only (numbers, dates, untranslated,
// punctuation). Runs on every save: under 5 ms.

export function checkParagraph(segment: QaSegment): QaFinding[] {
  void segment;
  return [];
}
