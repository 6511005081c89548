import { to24Hour, type DateMention } from "./date-mention";
import { overlapsAny } from "./number-mention";
import { findUrls } from "./skip-ids";

// Dates and times of an English paragraph: April 1, 1 April, Apr. 1, the 1st (first) of April, April 1-8,
// April 2022, 2022-4-15, 1:30 a.m., 13:30, 3 pm, five o'clock, half past one in the morning, noon.

const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)";
const ORD = "(?:st|nd|rd|th)?";
const TO = "\\s*(?:-|–|—|to|and|through|until)\\s*";
const WORD_HOURS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const HOUR = `(?:[0-9]{1,2}|${Object.keys(WORD_HOURS).join("|")})`;
const PERIOD = "(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|o['’]clock|in the (?:morning|afternoon|evening)|at night)";
const DAY_ORDINALS = [
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
  "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
];
// first … thirty-first, as words: "the first of April".
const DAY_WORDS = [
  ...DAY_ORDINALS,
  ...DAY_ORDINALS.slice(0, 9).map((o) => `twenty-${o}`),
  "thirtieth",
  "thirty-first",
];
// Each pattern runs only on a text its hint finds something in: most paragraphs have no date.
// Month names are capitalised in English, which keeps "may" and "march" (the verbs) out too.
const MONTH_HINT = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const CLOCK_HINT = /[0-9]|o['’]clock|[ap]\.?m\b|morning|afternoon|evening|night|half past|quarter/i;
const PATTERNS: { hint: RegExp; re: RegExp; read: (m: RegExpMatchArray) => Omit<DateMention, "start" | "end" | "text">[] }[] = [
  { hint: MONTH_HINT, re: new RegExp(`\\b(${MONTH})\\s+([0-9]{1,2})${ORD}(?:${TO}([0-9]{1,2})${ORD})?(?:,?\\s+([0-9]{4}))?(?![0-9:])`, "g"), read: (m) => days(m[1], m[2], m[3], m[4]) },
  { hint: MONTH_HINT, re: new RegExp(`\\b(?:the\\s+)?([0-9]{1,2})${ORD}(?:${TO}([0-9]{1,2})${ORD})?\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+([0-9]{4}))?`, "g"), read: (m) => days(m[3], m[1], m[2], m[4]) },
  { hint: MONTH_HINT, re: new RegExp(`\\b(?:the\\s+)?(${[...DAY_WORDS].reverse().join("|")})\\s+of\\s+(${MONTH})(?:,?\\s+([0-9]{4}))?`, "gi"), read: (m) => days(m[2], String(DAY_WORDS.indexOf(m[1].toLowerCase()) + 1), undefined, m[3]) },
  { hint: MONTH_HINT, re: new RegExp(`\\b(${MONTH})(?:,?\\s+([0-9]{4}))?(?![\\w])`, "g"), read: (m) => [{ month: monthOf(m[1]), year: m[2] ? Number(m[2]) : undefined }] },
  { hint: /[0-9]{4}-/, re: /(?<![0-9])\b([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})\b/g, read: (m) => [{ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }] },
  { hint: CLOCK_HINT, re: new RegExp(`\\b(?:(half past|(?:a )?quarter past|(?:a )?quarter to)\\s+)?(${HOUR})(?::([0-9]{2}))?\\s*(${PERIOD})?`, "gi"), read: (m) => clock(m) },
  { hint: /midnight|noon|midday/i, re: /\b(midnight|noon|midday)\b/gi, read: (m) => [{ hour: m[1].toLowerCase() === "midnight" ? 0 : 12, minute: 0, definite: true }] },
];

function monthOf(name: string): number {
  return MONTH_NAMES.findIndex((full) => full.toLowerCase().startsWith(name.replace(".", "").toLowerCase().slice(0, 3))) + 1;
}

function days(month: string, day: string, day2: string | undefined, year: string | undefined) {
  const base = { month: monthOf(month), year: year ? Number(year) : undefined };
  return [{ ...base, day: Number(day) }, ...(day2 ? [{ ...base, day: Number(day2) }] : [])];
}

function clock(m: RegExpMatchArray): Omit<DateMention, "start" | "end" | "text">[] {
  const [, phrase, hourText, minuteText, period] = m;
  if (!phrase && !minuteText && !period) return []; // a bare number is not a time
  const word = WORD_HOURS[hourText.toLowerCase()];
  if (word !== undefined && minuteText) return [];
  let hour = word ?? Number(hourText);
  let minute = minuteText ? Number(minuteText) : 0;
  if (hour > 24 || minute > 59) return [];
  const lowerPhrase = phrase?.toLowerCase() ?? "";
  if (lowerPhrase.startsWith("half")) minute = 30;
  else if (lowerPhrase.endsWith("past")) minute = 15;
  else if (lowerPhrase.endsWith("to")) [hour, minute] = [(hour + 11) % 12, 45];
  const lowerPeriod = period?.toLowerCase() ?? "";
  const isAm = /^a|morning/.test(lowerPeriod) || (lowerPeriod === "at night" && hour < 6);
  const isPm = /^p|afternoon|evening/.test(lowerPeriod) || (lowerPeriod === "at night" && hour >= 6);
  if (isAm || isPm) return [{ hour: to24Hour(hour, isPm), minute, definite: true }];
  return [{ hour: hour % 24, minute, definite: hour > 12 || hour === 0 }];
}

/** Every date and time of an English paragraph (none inside URLs); a span is read once, by the first pattern that takes it. */
export function findEnglishDates(target: string): DateMention[] {
  const found: DateMention[] = [];
  const urls = findUrls(target);
  for (const { hint, re, read } of PATTERNS) {
    if (!hint.test(target)) continue;
    for (const m of target.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      if (overlapsAny(found, start, end) || overlapsAny(urls, start, end)) continue;
      if (/^May$/.test(m[0]) && !/\b(?:in|of|early|late|mid|since|until|by|from)\s+$/i.test(target.slice(Math.max(0, start - 8), start))) continue;
      for (const fields of read(m)) found.push({ start, end, text: target.slice(start, end), ...fields });
    }
  }
  return found;
}
