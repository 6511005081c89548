import type { Span } from "./number-mention";

/**
 * A date or a time found in a paragraph (UTF-16 span). A date has a month and maybe a day and a
 * year; a time an hour (0–23) and a minute. `definite` says whether the hour is known to be a.m. or
 * p.m. (凌晨一點 = 1, 下午三點 = 15, "3 pm"); otherwise only hour % 12 is compared. A `weak` time (三點
 * with nothing around it: three o'clock or three points) only counts when the other side agrees.
 */
export type DateMention = Span & {
  text: string;
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  definite?: boolean;
  weak?: boolean;
};

/** Whether two times are the same: equal minutes, equal hours where both are definite, else hour % 12. */
export function sameTime(a: DateMention, b: DateMention): boolean {
  if (a.hour === undefined || b.hour === undefined || (a.minute ?? 0) !== (b.minute ?? 0)) return false;
  return a.definite && b.definite ? a.hour === b.hour : a.hour % 12 === b.hour % 12;
}

/** The hour of a 12-hour clock reading with a.m./p.m. (12 a.m. = 0, 12 p.m. = 12). */
export function to24Hour(hour: number, isPm: boolean): number {
  return (hour % 12) + (isPm ? 12 : 0);
}
