import type { QaFinding, QaSegment } from "./qa-types";

// CONTRACT STUB (issue 8): every check over a whole document: checkParagraph on each paragraph plus
// the checks that compare paragraphs (length outliers, consistency). Under 1 s for 10,000 paragraphs.

export function checkDocument(segments: readonly QaSegment[]): Map<number, QaFinding[]> {
  void segments;
  return new Map();
}
