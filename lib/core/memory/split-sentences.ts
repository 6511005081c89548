// Sentence boundaries for memory matching. Offsets are code points, half-open [start, end); each
// sentence is trimmed of surrounding whitespace and keeps its end punctuation and closing quotes.

export type SentenceSpan = { start: number; end: number; text: string };

// Chinese ends at 。！？；… (ASCII !?; too); runs such as ！？ and …… stay together.
const ZH_ENDS = new Set([..."。！？；…!?;"]);
// Closing quotes and brackets stay with the sentence they close. ASCII quotes only in English, where a
// space tells closing from opening; in Chinese `。"` is as often the start of the next quotation.
const ZH_CLOSERS = new Set([..."」』”’）》〉】〕)]"]);
const EN_CLOSERS = new Set([..."”’)]\"'»"]);
const EN_ENDS = new Set([...".!?…"]);
const WHITESPACE = /\s/u;
const LOWERCASE = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
// A period after these is not a sentence end; "No." only before a number ("No. 5").
const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "gen", "col", "lt", "sgt", "rev", "hon", "fig", "approx", "dept", "est", "mt"]);
// Initials and dotted abbreviations: "J", "U.S", "e.g", "i.e" (the final period is the candidate end).
const DOTTED = /^(?:\p{L}\.)*\p{L}$/u;

function span(chars: string[], start: number, end: number): SentenceSpan | null {
  while (start < end && WHITESPACE.test(chars[start])) start++;
  while (end > start && WHITESPACE.test(chars[end - 1])) end--;
  return end > start ? { start, end, text: chars.slice(start, end).join("") } : null;
}

function collect(chars: string[], ends: number[]): SentenceSpan[] {
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
  const chars = [...text];
  const ends: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (!ZH_ENDS.has(chars[i])) continue;
    let j = i + 1;
    while (j < chars.length && (ZH_ENDS.has(chars[j]) || ZH_CLOSERS.has(chars[j]))) j++;
    ends.push(j);
    i = j - 1;
  }
  return collect(chars, ends);
}

/** The word a period at `at` closes, back to the previous space or opening punctuation. */
function wordBefore(chars: string[], at: number): string {
  let start = at;
  while (start > 0 && /[\p{L}\p{N}.]/u.test(chars[start - 1])) start--;
  return chars.slice(start, at).join("");
}

function isAbbreviation(chars: string[], period: number, next: string | undefined): boolean {
  const word = wordBefore(chars, period);
  if (word === "") return false;
  const lower = word.toLowerCase();
  if (lower === "no") return next !== undefined && DIGIT.test(next);
  return ABBREVIATIONS.has(lower) || DOTTED.test(word);
}

/** English sentences: after . ! ? (and closing quotes) before a space and a word that is not lower case. */
export function splitEnglishSentences(text: string): SentenceSpan[] {
  const chars = [...text];
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
