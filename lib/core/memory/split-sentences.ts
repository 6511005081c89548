// Sentence boundaries for memory matching. Offsets are code points, half-open [start, end); each
// sentence is trimmed of surrounding whitespace and keeps its end punctuation and closing quotes.

export type SentenceSpan = { start: number; end: number; text: string };

// Chinese ends at 。！？；… (ASCII !?; too); runs such as ！？ and …… stay together.
const ZH_ENDS = new Set([..."。！？；…!?;"]);
// Closing quotes and brackets stay with the sentence they close. ASCII quotes only in English, where a
// space tells closing from opening; in Chinese `。"` is as often the start of the next quotation.
const ZH_CLOSERS = new Set([..."」』”’）》〉】〕)]"]);
const ZH_END_CODES = new Uint8Array(0x10000);
for (const char of ZH_CLOSERS) ZH_END_CODES[char.charCodeAt(0)] = 2;
for (const char of ZH_ENDS) ZH_END_CODES[char.charCodeAt(0)] = 1;
const EN_CLOSERS = new Set([..."”’)]\"'»"]);
const EN_ENDS = new Set([...".!?…"]);
const WHITESPACE = /\s/u;
const LOWERCASE = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
// A period after these is not a sentence end; "No." only before a number ("No. 5").
const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "gen", "col", "lt", "sgt", "rev", "hon", "fig", "approx", "dept", "est", "mt"]);
// Initials and dotted abbreviations: "J", "U.S", "e.g", "i.e" (the final period is the candidate end).
const DOTTED = /^(?:\p{L}\.)*\p{L}$/u;

/** A text's code points: the string itself when it has no surrogates (then code units are code points). */
type Chars = string | string[];

function span(chars: Chars, start: number, end: number): SentenceSpan | null {
  while (start < end && WHITESPACE.test(chars[start])) start++;
  while (end > start && WHITESPACE.test(chars[end - 1])) end--;
  if (end <= start) return null;
  return { start, end, text: typeof chars === "string" ? chars.slice(start, end) : chars.slice(start, end).join("") };
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** The text's code points: the text itself when it has no surrogates (the memory's every unit is split). */
export function codePointsOf(text: string): Chars {
  return SURROGATE.test(text) ? [...text] : text;
}

function collect(chars: Chars, ends: number[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const end of [...ends, chars.length]) {
    const sentence = span(chars, start, end);
    if (sentence) spans.push(sentence);
    start = end;
  }
  return spans;
}

/** Chinese sentences: after a run of 。！？；… and the closing quotes or brackets that follow it. */
export function splitChineseSentences(text: string): SentenceSpan[] {
  const chars = codePointsOf(text);
  const ends: number[] = [];
  // Every end and closer is one UTF-16 unit: a code table spares a string per character.
  const isEnd = (i: number) => typeof chars === "string" ? ZH_END_CODES[chars.charCodeAt(i)] === 1 : ZH_ENDS.has(chars[i]);
  const isEndOrCloser = (i: number) => typeof chars === "string" ? ZH_END_CODES[chars.charCodeAt(i)] > 0 : ZH_ENDS.has(chars[i]) || ZH_CLOSERS.has(chars[i]);
  for (let i = 0; i < chars.length; i++) {
    if (!isEnd(i)) continue;
    let j = i + 1;
    while (j < chars.length && isEndOrCloser(j)) j++;
    ends.push(j);
    i = j - 1;
  }
  return collect(chars, ends);
}

/** The word a period at `at` closes, back to the previous space or opening punctuation. */
function wordBefore(chars: Chars, at: number): string {
  let start = at;
  while (start > 0 && /[\p{L}\p{N}.]/u.test(chars[start - 1])) start--;
  return typeof chars === "string" ? chars.slice(start, at) : chars.slice(start, at).join("");
}

function isAbbreviation(chars: Chars, period: number, next: string | undefined): boolean {
  const word = wordBefore(chars, period);
  if (word === "") return false;
  const lower = word.toLowerCase();
  if (lower === "no") return next !== undefined && DIGIT.test(next);
  return ABBREVIATIONS.has(lower) || DOTTED.test(word);
}

/** English sentences: after . ! ? (and closing quotes) before a space and a word that is not lower case. */
export function splitEnglishSentences(text: string): SentenceSpan[] {
  const chars = codePointsOf(text);
  const ends: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (!EN_ENDS.has(chars[i])) continue;
    let j = i + 1;
    while (j < chars.length && EN_ENDS.has(chars[j])) j++;
    const isLonePeriod = j === i + 1 && chars[i] === ".";
    while (j < chars.length && EN_CLOSERS.has(chars[j])) j++;
    // "1.5", "example.com", "e.g.," end nothing: a sentence end is followed by whitespace or the end.
    if (j < chars.length && !WHITESPACE.test(chars[j])) continue;
    let k = j;
    while (k < chars.length && WHITESPACE.test(chars[k])) k++;
    const next = chars[k];
    if (next !== undefined && LOWERCASE.test(next)) continue;
    if (isLonePeriod && isAbbreviation(chars, i, next)) continue;
    ends.push(j);
    i = j - 1;
  }
  return collect(chars, ends);
}

/** Sentences of a text in `lang` ("zh" Chinese in any script, "en" English). */
export function splitSentences(text: string, lang: "zh" | "en"): SentenceSpan[] {
  return lang === "zh" ? splitChineseSentences(text) : splitEnglishSentences(text);
}
