import { checkConsistency } from "./check-consistency";
import { checkLength } from "./check-length";
import { checkParagraph } from "./check-paragraph";
import type { QaFinding, QaSegment } from "./qa-types";

// Every check over a whole document: checkParagraph on each paragraph plus the checks that compare
// paragraphs (length outliers, consistency). Under 1 s for 10,000 paragraphs (bench/qa.bench.ts).

/**
 * All warnings of a document by segment id; segments come in document order (paragraph numbers in
 * consistency warnings count from 1 in that order). Segments without a warning have no entry.
 */
export function checkDocument(segments: readonly QaSegment[]): Map<number, QaFinding[]> {
  const all = new Map<number, QaFinding[]>();
  for (const segment of segments) {
    const findings = checkParagraph(segment);
    if (findings.length > 0) all.set(segment.id, findings);
  }
  for (const more of [checkLength(segments), checkConsistency(segments)]) {
    for (const [id, findings] of more) all.set(id, [...(all.get(id) ?? []), ...findings]);
  }
  return all;
}
