import { cleanValue, overlapsAny, type NumberMention, type Span } from "./number-mention";
import { BIG_UNITS, CHINESE_DIGITS, parseChineseNumeral } from "./parse-chinese-numeral";
import { findUrls, isIdDigits } from "./skip-ids";

// The numbers of a Chinese paragraph: Arabic digits with Chinese scales (1.56萬 = 15600), Chinese
// numerals (三十, 二〇二二年), ranges (兩三個 = 2 and 3; 二三十 = 20 and 30), percentages (百分之三十,
// 30%), ordinals (第四), approximations (2萬余, 近800萬). Conservative on purpose: a lone 一 (一些,
// 一起, 統一 …) is optional, idioms and names (十字路口, 萬達) are not numbers, nor list numbering,
// numbers in URLs or in ids.

const NUMERAL = "〇零一二兩两三四五六七八九十百千萬万億亿廿";
const SCALE = "十百千萬万億亿";
// Words made of numerals that do not count anything.
const IDIOM_WORDS = [
  "一一", "兩手", "两手", "兩不", "两不", "再三", "三番五次", "四處", "四处", "四周", "四面八方", "五湖四海", "七嘴八舌",
  "亂七八糟", "乱七八糟", "一五一十", "九牛一毛", "三心二意", "不三不四", "一清二楚", "獨一無二", "独一无二", "說一不二",
  "说一不二", "十全十美", "十字", "十足", "十分(?![鐘钟])", "千方百計", "千方百计", "一舉兩得", "一举两得", "三三兩兩", "三三两两",
  "星期[一二三四五六日天]", "禮拜[一二三四五六日天]", "礼拜[一二三四五六日天]", // weekdays
];
const VAGUE_FIRST = "好幾几數数上";
// Every token starts with one of these: the lookahead turns the other characters away at once.
const FIRST_CHARS = [...new Set([..."0123456789", ...NUMERAL, ...VAGUE_FIRST, ...IDIOM_WORDS.map((word) => word[0])])].join("");
const TOKEN = new RegExp(
  `(?=[${FIRST_CHARS}])(?:` +
  [
    `(?<idiom>${IDIOM_WORDS.join("|")})`,
    `(?<vague>(?:好幾|好几|幾|几|數|数|上)[${SCALE}]+)`,
    `(?<percent>百分之(?:[0-9]+(?:\\.[0-9]+)?|[${NUMERAL}]+(?:[點点][〇零一二三四五六七八九]+)?))`,
    `(?<decimal>[${NUMERAL}]+[點点][〇零一二三四五六七八九]+(?:[${SCALE}]+|(?=[倍%米公噸吨元])))`,
    `(?<fraction>[0-9.${NUMERAL}]+分之[0-9.${NUMERAL}]+)`,
    `(?<arabic>[0-9]+(?:,[0-9]{3}(?![0-9]))*(?:\\.[0-9]+)?)`,
    `(?<chinese>[${NUMERAL}]+)`,
  ].join("|") +
  ")",
  "g",
);
const UNITS_AT = /[十百千萬万億亿]+/y;
const RANGE = /^(十)?([一二兩两三四五六七八九])([二兩两三四五六七八九])([十百千萬万億亿]*)$/u;
const APPROX_BEFORE = /(?:近|約|约|逾|超過|超过|將近|将近|大約|大约|接近|大概)$/;
const APPROX_AFTER = /^(?:余|餘|多|來|来|幾|几|許|许|[^，。；！？\s]{0,3}左右)/;
const LIST_NUMBER = /^\s*(?:[(（]\s*(?:[0-9]+|[一二三四五六七八九十]+)\s*[)）]|(?:[0-9]+|[一二三四五六七八九十]+)\s*(?:[.．)）](?![0-9])|、))/;

const FULL_WIDTH = /[０-９．％]/;

/** Full-width digits, point and percent sign as ASCII: same length, so offsets stay valid. */
export function toHalfWidthDigits(text: string): string {
  return FULL_WIDTH.test(text) ? text.replace(/[０-９．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : text;
}

function scaleFactor(units: string): number {
  let factor = 1;
  for (const c of units) factor *= BIG_UNITS[c] ?? { 十: 10, 百: 100, 千: 1000 }[c] ?? 1;
  return factor;
}

function isApprox(text: string, start: number, end: number): boolean {
  return APPROX_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || APPROX_AFTER.test(text.slice(end, end + 5));
}

type Draft = { value: number; start: number; end: number; kind?: NumberMention["kind"] };

function arabic(text: string, start: number, digits: string): Draft[] {
  if (isIdDigits(text, start, start + digits.length)) return [];
  let end = start + digits.length;
  UNITS_AT.lastIndex = end;
  const units = UNITS_AT.exec(text)?.[0] ?? "";
  end += units.length;
  const value = Number(digits.replace(/,/g, "")) * scaleFactor(units);
  if (text[end] === "%") return [{ value, start, end: end + 1, kind: "percent" }];
  const isYear = !units && /^[0-9]{4}$/.test(digits) && value >= 1000 && value <= 2100 && text[end] === "年";
  return [{ value, start, end, kind: isYear ? "year" : undefined }];
}

function chinese(text: string, start: number, run: string): Draft[] {
  const end = start + run.length;
  if (SCALE.includes(run[0]) && run[0] !== "十") return []; // 萬達, 千萬 (by all means), 百姓
  const range = RANGE.exec(run);
  if (range && (CHINESE_DIGITS[range[3]] === CHINESE_DIGITS[range[2]] + 1 || range[2] + range[3] === "三五")) {
    const factor = scaleFactor(range[4]);
    const base = range[1] ? 10 : 0;
    return [range[2], range[3]].map((d) => ({ value: (base + CHINESE_DIGITS[d]) * factor, start, end }));
  }
  const isDigitByDigit = run.length > 1 && [...run].every((c) => c in CHINESE_DIGITS);
  // 五一 (May Day), 十一 aside, two digits in a row are a name, not a number; 二〇二二年, 一九七八 are.
  if (isDigitByDigit && run.length < 3 && text[end] !== "年") return [];
  const value = parseChineseNumeral(run);
  if (value === undefined) return [];
  const isYear = run.length === 4 && isDigitByDigit && text[end] === "年";
  return [{ value, start, end, kind: isYear ? "year" : undefined }];
}

/** 三點五 = 3.5: the whole part read as a numeral, the decimals digit by digit. */
function chineseDecimal(numeral: string): number | undefined {
  const [whole, decimals] = numeral.split(/[點点]/);
  const value = parseChineseNumeral(whole);
  if (value === undefined || !decimals) return value;
  return value + Number(`0.${[...decimals].map((c) => CHINESE_DIGITS[c]).join("")}`);
}

function decimal(text: string, start: number, whole: string): Draft[] {
  const units = /[十百千萬万億亿]*$/.exec(whole)?.[0] ?? "";
  const value = chineseDecimal(whole.slice(0, whole.length - units.length));
  return value === undefined ? [] : [{ value: value * scaleFactor(units), start, end: start + whole.length, kind: text[start + whole.length] === "%" ? "percent" : undefined }];
}

function percent(text: string, start: number, whole: string): Draft[] {
  const amount = whole.slice(3);
  const value = /^[0-9]/.test(amount) ? Number(amount) : chineseDecimal(amount);
  return value === undefined ? [] : [{ value, start: start + 3, end: start + whole.length, kind: "percent" }];
}

/** Every number of a Chinese paragraph, in order, outside the spans already taken (dates, times). */
export function extractSourceNumbers(source: string, taken: readonly Span[] = []): NumberMention[] {
  const text = toHalfWidthDigits(source);
  const list = LIST_NUMBER.exec(text);
  const skip = [...taken, ...findUrls(text), ...(list ? [{ start: 0, end: list[0].length }] : [])];
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const at = match.index;
    const groups = match.groups ?? {};
    const drafts = groups.arabic
      ? arabic(text, at, groups.arabic)
      : groups.chinese
        ? chinese(text, at, groups.chinese)
        : groups.percent
          ? percent(text, at, groups.percent)
          : groups.decimal
            ? decimal(text, at, groups.decimal)
            : [];
    for (const draft of drafts) {
      if (overlapsAny(skip, draft.start, draft.end)) continue;
      const isOrdinal = text[draft.start - 1] === "第" && draft.kind === undefined;
      const kind = isOrdinal ? "ordinal" : (draft.kind ?? "cardinal");
      const value = cleanValue(draft.value);
      mentions.push({
        value,
        text: source.slice(draft.start, draft.end),
        start: draft.start,
        end: draft.end,
        kind,
        approx: isApprox(text, draft.start, draft.end),
        optional: value === 1 && (kind === "cardinal" || kind === "ordinal"),
      });
    }
  }
  return mentions;
}
