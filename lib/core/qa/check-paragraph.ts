import { checkDates } from "./check-dates";
import { checkNumbers } from "./check-numbers";
import { checkPunctuation } from "./check-punctuation";
import { checkTags } from "./check-tags";
import { checkUntranslated } from "./check-untranslated";
import type { QaFinding, QaSegment } from "./qa-types";

// The checks that need one paragraph only (numbers, dates, untranslated, punctuation, inline tags). Runs on
// every save: well under 5 ms (see bench/qa.bench.ts).

/**
 * Every one-paragraph warning of a segment. An empty translation is only checked for being marked
 * translated; a translation that is the source itself gets that one warning, not one per number.
 */
export function checkParagraph(segment: QaSegment): QaFinding[] {
  const { source, target } = segment;
  const untranslated = checkUntranslated(segment);
  if (target.trim() === "" || untranslated.some((f) => f.code === "untranslated.same")) return untranslated;
  const dates = checkDates(source, target);
  return [...checkNumbers(source, target, dates.taken), ...dates.findings, ...untranslated, ...checkPunctuation(source, target), ...checkTags(source, target)];
}
