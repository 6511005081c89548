// Chinese numerals: 三十 = 30, 一萬五 = 15000, 兩千三百零五 = 2305, 二〇二二 = 2022 (read digit by digit).

export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 兩: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
export const BIG_UNITS: Readonly<Record<string, number>> = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8 };

/** The value of a run of Chinese numeral characters, or undefined when it is not a number. */
export function parseChineseNumeral(run: string): number | undefined {
  const chars = [...run];
  if (chars.length === 0) return undefined;
  if (chars.length > 1 && chars.every((c) => c in CHINESE_DIGITS)) {
    return Number(chars.map((c) => CHINESE_DIGITS[c]).join(""));
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = 0;
  let digitFollowsUnit = false;
  let previousWasUnit = false;
  for (const c of chars) {
    if (c in CHINESE_DIGITS) {
      const d = CHINESE_DIGITS[c];
      if (d === 0) {
        previousWasUnit = false;
        continue;
      }
      if (digit !== undefined) return undefined; // 三四 is a range, not a number: callers split it first
      digit = d;
      digitFollowsUnit = previousWasUnit;
      previousWasUnit = false;
    } else if (c === "廿") {
      section += 20;
      previousWasUnit = false;
    } else if (c in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[c];
      digit = undefined;
      lastUnit = SMALL_UNITS[c];
      previousWasUnit = true;
    } else if (c in BIG_UNITS) {
      total += (section + (digit ?? 0) || 1) * BIG_UNITS[c];
      section = 0;
      digit = undefined;
      lastUnit = BIG_UNITS[c];
      previousWasUnit = true;
    } else return undefined;
  }
  // 一萬五 = 15000, 三千五 = 3500: a last digit right after a unit counts in the next unit down.
  if (digit !== undefined && digitFollowsUnit && lastUnit >= 100) return total + section + (digit * lastUnit) / 10;
  return total + section + (digit ?? 0);
}
