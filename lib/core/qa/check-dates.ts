import { sameTime, type DateMention } from "./date-mention";
import { findEnglishDates } from "./find-english-dates";
import { findSourceDates } from "./find-source-dates";
import type { TakenSpans } from "./check-numbers";
import type { QaFinding } from "./qa-types";
import { toFindingRange } from "./to-finding-range";

// Every date and time of the source must be in the translation: 4月1日 ↔ April 1 / 1 April;
// 凌晨一點半 ↔ 1:30 a.m. / half past one in the morning; 2022-4-15 15:46. Codes:
//   dates.missingDate {value}: a month (and day) of the source not in the translation
//   dates.missingTime {value}: a time of the source not in the translation
// The digits of dates and times are "taken": the numbers check does not count them again. A weak
// source time (三點 alone) is taken only when the translation has that time; otherwise it stays a number.

export type DatesResult = { findings: QaFinding[]; taken: TakenSpans };

function sameDate(a: DateMention, b: DateMention): boolean {
  return a.month === b.month && (a.day === undefined || a.day === b.day);
}

/** The dates check of one paragraph, with the spans it accounts for. */
export function checkDates(source: string, target: string): DatesResult {
  const sourceDates = findSourceDates(source);
  const targetDates = findEnglishDates(target);
  const findings: QaFinding[] = [];
  const takenSource: DateMention[] = [];
  const reported = new Set<string>();
  for (const mention of sourceDates) {
    const isTime = mention.hour !== undefined;
    const found = targetDates.some((other) => (isTime ? sameTime(mention, other) : other.month !== undefined && sameDate(mention, other)));
    if (found || !mention.weak) takenSource.push(mention);
    if (found || mention.weak) continue;
    const key = isTime
      ? `dates.missingTime:${String(mention.hour).padStart(2, "0")}:${String(mention.minute ?? 0).padStart(2, "0")}`
      : `dates.missingDate:${mention.month}${mention.day === undefined ? "" : `-${mention.day}`}`;
    if (reported.has(key)) continue;
    reported.add(key);
    findings.push({
      check: "dates",
      code: isTime ? "dates.missingTime" : "dates.missingDate",
      params: { value: mention.text },
      key,
      sourceRange: toFindingRange(source, mention),
    });
  }
  return { findings, taken: { source: takenSource, target: targetDates } };
}
