import { to24Hour, type DateMention } from "./date-mention";
import { toHalfWidthDigits } from "./extract-source-numbers";
import { overlapsAny } from "./number-mention";
import { parseChineseNumeral } from "./parse-chinese-numeral";
import { findUrls } from "./skip-ids";

// Dates and times of a Chinese paragraph: 4月1日, 2022年4月15日, 4月1日至8日, 2月份, 凌晨一點半,
// 下午三點, 晚8點30分, 2022-4-15 15:46.

const NUM = "[0-9]{1,4}|[〇零一二兩两三四五六七八九十廿]{1,4}";
const DAY_MARK = "(?:日|號|号)";
const DATE = new RegExp(
  `(?:(${NUM})年)?(${NUM})月(?:(${NUM})${DAY_MARK})?(?:(?:至|到|-|—|~|～)(?:(${NUM})月)?(${NUM})${DAY_MARK})?`,
  "g",
);
const ISO = /(?<![0-9])([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?:\s+([0-9]{1,2}):([0-9]{2}))?/g;
const CLOCK = /(?<![0-9:])([0-9]{1,2}):([0-9]{2})(?![0-9:])/g;
const PERIODS = "凌晨|清晨|早晨|早上|上午|中午|正午|下午|傍晚|晚上|夜裡|夜里|夜間|夜间|深夜|半夜|午夜|晚|早";
const TIME = new RegExp(`(${PERIODS})?(${NUM})(?:點|点|時|时)(?:(半)|(一刻|三刻)|(${NUM})分|(鐘|钟))?`, "g");
const MORNING = new Set(["凌晨", "清晨", "早晨", "早上", "上午", "早", "半夜", "午夜"]);
const NIGHT = new Set(["夜裡", "夜里", "夜間", "夜间", "深夜"]);

function numberOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return /^[0-9]/.test(text) ? Number(text) : parseChineseNumeral(text);
}

function hourOf(period: string | undefined, hour: number): { hour: number; definite: boolean } {
  if (!period) return { hour, definite: hour > 12 || hour === 0 };
  if (MORNING.has(period)) return { hour: hour % 12, definite: true };
  if (period === "中午" || period === "正午") return { hour: hour <= 2 ? hour + 12 : hour, definite: true };
  if (NIGHT.has(period) && (hour < 6 || hour === 12)) return { hour: hour % 12, definite: true };
  return { hour: to24Hour(hour, true), definite: true };
}

function dates(text: string, source: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(DATE)) {
    const [year, month, day, month2, day2] = [m[1], m[2], m[3], m[4], m[5]].map(numberOf);
    if (month === undefined || month < 1 || month > 12) continue;
    const end = m.index + m[0].length;
    found.push({ start: m.index, end, text: source.slice(m.index, end), year, month, day });
    if (day2 !== undefined) found.push({ start: m.index, end, text: source.slice(m.index, end), year, month: month2 ?? month, day: day2 });
  }
  for (const m of text.matchAll(ISO)) {
    const dateEnd = m.index + m[1].length + m[2].length + m[3].length + 2;
    found.push({ start: m.index, end: dateEnd, text: source.slice(m.index, dateEnd), year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  }
  return found;
}

function times(text: string, source: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(CLOCK)) {
    const hour = Number(m[1]);
    if (hour > 24) continue;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], hour: hour % 24, minute: Number(m[2]), definite: hour > 12 || hour === 0 });
  }
  for (const m of text.matchAll(TIME)) {
    const [, period, hourText, half, quarter, minuteText, clock] = m;
    const hour = numberOf(hourText);
    if (hour === undefined || hour > 24 || text[m.index - 1] === "第") continue;
    const hasMore = Boolean(period || half || quarter || minuteText || clock);
    if (hourText === "一" && !hasMore) continue; // 一點 alone: "a little"
    const minute = half ? 30 : quarter ? (quarter === "一刻" ? 15 : 45) : (numberOf(minuteText) ?? 0);
    const end = m.index + m[0].length;
    found.push({ start: m.index, end, text: source.slice(m.index, end), ...hourOf(period, hour), minute, weak: !hasMore });
  }
  return found;
}

/** Every date and time of a Chinese paragraph (none inside URLs). */
export function findSourceDates(source: string): DateMention[] {
  const text = toHalfWidthDigits(source);
  const urls = findUrls(text);
  const found = [...dates(text, source), ...times(text, source)];
  return urls.length === 0 ? found : found.filter((mention) => !overlapsAny(urls, mention.start, mention.end));
}
