import { cleanValue, overlapsAny, type NumberMention, type Span } from "./number-mention";
import { findUrls, isIdDigits } from "./skip-ids";

// The numbers of an English paragraph: digits with thousands separators and decimals, scale words
// (8 million, 1.5 billion), number words (twelve, twenty-one, two hundred and five, a dozen),
// ordinals (fourth, 4th), percentages (30%, 30 percent, 30 per cent). "one", "first", "second",
// "once", "both" are optional: they are as often words as numbers.

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000,
};
const ALONE: Readonly<Record<string, number>> = { twice: 2, thrice: 3, once: 1, both: 2, single: 1 };
const OPTIONAL_WORDS = new Set(["one", "first", "second", "once", "both", "single", "a", "an"]);
const APPROX_BEFORE =
  /\b(?:more than|over|nearly|almost|about|around|approximately|roughly|some|close to|up to|at least|upwards of|in excess of|under|below|fewer than|less than|above|just over|just under)\s+$|~\s*$/i;
const APPROX_AFTER = /^(?:\s*(?:or so|or more|odd)\b|-odd\b|\+|-plus\b)/i;
const PERCENT_AFTER = /^(?:\s?%|\s+per\s?cent\b)/i;
const LIST_NUMBER = /^\s*(?:\(?[0-9]+[.)](?![0-9])|\([ivx]+\)|[ivx]+\.\s)/i;

type Token = { kind: "digits" | "word"; text: string; start: number; end: number };
type Read = { value: number; next: number; kind: NumberMention["kind"]; optional: boolean };

// Only digits and the words a number can be made of are tokens (the gap check of `joined` sees the
// others); "a", "an" and "and" only where a number goes on after them.
const WORDS = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), ...Object.keys(ORDINALS), ...Object.keys(ALONE), "hundred", "dozen"]
  .sort((a, b) => b.length - a.length)
  .join("|");
const TOKEN = new RegExp(
  [
    "[0-9]+(?:,[0-9]{3}(?![0-9]))*(?:\\.[0-9]+)?",
    `\\b(?:${WORDS}|an?(?=\\s+(?:hundred|thousand|million|billion|trillion|dozen)\\b)|and(?=\\s+(?:${[...Object.keys(UNITS), ...Object.keys(TENS)].join("|")})\\b))\\b`,
    "(?<=[0-9])(?:st|nd|rd|th|s)\\b",
  ].join("|"),
  "gi",
);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const isDigits = m[0].charCodeAt(0) <= 57;
    tokens.push({ kind: isDigits ? "digits" : "word", text: m[0], start: m.index, end: m.index + m[0].length });
  }
  TOKEN.lastIndex = 0;
  return tokens;
}

/** Whether two tokens are one number apart: joined by spaces or a hyphen only. */
function joined(text: string, a: Token, b: Token | undefined): b is Token {
  return b !== undefined && /^[\s-]+$/.test(text.slice(a.end, b.start));
}

function readDigits(text: string, tokens: Token[], i: number): Read | undefined {
  const token = tokens[i];
  const after = tokens[i + 1];
  if (isIdDigits(text, token.start, token.end)) return undefined;
  if (after && after.start === token.end) {
    if (/^(?:st|nd|rd|th)$/i.test(after.text)) return { value: Number(token.text.replace(/,/g, "")), next: i + 2, kind: "ordinal", optional: false };
    if (/^s$/i.test(after.text)) return undefined; // the 1990s
  }
  let value = Number(token.text.replace(/,/g, ""));
  let next = i + 1;
  // 8 million, 1.5 billion, 3 hundred thousand
  for (; joined(text, tokens[next - 1], tokens[next]); next++) {
    const word = tokens[next].text.toLowerCase();
    if (word !== "hundred" && !Object.hasOwn(SCALES, word)) break;
    value *= word === "hundred" ? 100 : SCALES[word];
  }
  return { value, next, kind: "cardinal", optional: false };
}

function readWords(text: string, tokens: Token[], i: number): Read | undefined {
  const first = tokens[i].text.toLowerCase();
  if (first in ALONE) return { value: ALONE[first], next: i + 1, kind: "cardinal", optional: OPTIONAL_WORDS.has(first) };
  let total = 0;
  let current = 0;
  let next = i;
  let words = 0;
  let last = "";
  for (; next < tokens.length; next++) {
    const token = tokens[next];
    if (next > i && !joined(text, tokens[next - 1], token)) break;
    const word = token.text.toLowerCase();
    const following = tokens[next + 1]?.text.toLowerCase() ?? "";
    if (token.kind !== "word") break;
    if ((word === "a" || word === "an") && next === i && (following in SCALES || following === "hundred" || following === "dozen")) current = 1;
    else if (word in UNITS && !(last in UNITS) && !(last in ORDINALS)) current += UNITS[word];
    else if (word in TENS && (current % 100 === 0)) current += TENS[word];
    else if (word === "hundred" && words > 0) current = (current || 1) * 100;
    else if (word === "dozen" && words > 0) current = (current || 1) * 12;
    else if (word in SCALES && words > 0) {
      total += (current || 1) * SCALES[word];
      current = 0;
    } else if (word === "and" && words > 0 && (last === "hundred" || last in SCALES) && (following in UNITS || following in TENS)) {
      last = word;
      continue;
    } else if (word in ORDINALS && (words === 0 || last in TENS || last === "hundred" || last in SCALES)) {
      const value = total + current + ORDINALS[word];
      return { value: word === "hundredth" || word === "thousandth" ? total + (current || 1) * ORDINALS[word] : value, next: next + 1, kind: "ordinal", optional: words === 0 && OPTIONAL_WORDS.has(word) };
    } else break;
    words++;
    last = word;
  }
  if (words === 0 || (words === 1 && (first === "a" || first === "an"))) return undefined;
  return { value: total + current, next, kind: "cardinal", optional: words === 1 && OPTIONAL_WORDS.has(first) };
}

/** Every number of an English paragraph, in order, outside the spans already taken (dates, times). */
export function extractEnglishNumbers(target: string, taken: readonly Span[] = []): NumberMention[] {
  const list = LIST_NUMBER.exec(target);
  const skip = [...taken, ...findUrls(target), ...(list ? [{ start: 0, end: list[0].length }] : [])];
  const tokens = tokenize(target);
  const mentions: NumberMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const read = tokens[i].kind === "digits" ? readDigits(target, tokens, i) : readWords(target, tokens, i);
    if (!read) {
      i++;
      continue;
    }
    const start = tokens[i].start;
    let end = tokens[read.next - 1].end;
    const percent = read.kind === "cardinal" ? PERCENT_AFTER.exec(target.slice(end)) : null;
    if (percent) end += percent[0].length;
    if (!overlapsAny(skip, start, end)) {
      mentions.push({
        value: cleanValue(read.value),
        text: target.slice(start, end),
        start,
        end,
        kind: percent ? "percent" : read.kind,
        approx: APPROX_BEFORE.test(target.slice(Math.max(0, start - 24), start)) || APPROX_AFTER.test(target.slice(end, end + 8)),
        optional: read.optional,
      });
    }
    i = read.next;
  }
  return mentions;
}
