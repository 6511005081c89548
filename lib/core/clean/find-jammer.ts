import type { Edit, RuleFinder } from "./types";

type Token = { text: string; start: number; end: number };

const ASCII_TOKEN = /^[!-~]{1,2}$/;
// A line holds a chunk matching ASCII_TOKEN: without one, findInLine has nothing to look at.
const HAS_ASCII_TOKEN = /(?:^|\s)[!-~]{1,2}(?=\s|$)/;

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isDigit = (code: number) => code >= 48 && code <= 57;
/** The bit of an ASCII punctuation mark (`!-/`, `:-@`, `[-\``, `{-~`: 32 marks), or -1. */
function punctuationBit(code: number): number {
  if (code >= 33 && code <= 47) return code - 33;
  if (code >= 58 && code <= 64) return code - 58 + 15;
  if (code >= 91 && code <= 96) return code - 91 + 22;
  if (code >= 123 && code <= 126) return code - 123 + 28;
  return -1;
}

// Tokens are printable ASCII (chunks of ASCII_TOKEN, or one character glued to a neighbour): one pass over
// their characters, without allocating, since this runs on every line of a page.
function isJammerTokenSet(tokens: Token[]): boolean {
  if (tokens.length < 3) return false;
  let hasLetter = false;
  let hasDigits = false;
  let marks = 0; // a bit per distinct punctuation mark
  let wordy = 0;
  let strong = 0;
  for (const { text } of tokens) {
    let hasMark = false;
    for (let k = 0; k < text.length; k++) {
      const code = text.charCodeAt(k);
      const bit = punctuationBit(code);
      if (bit >= 0) {
        marks |= 1 << bit;
        hasMark = true;
      } else if (isLetter(code)) hasLetter = true;
      else if (isDigit(code)) hasDigits = true;
    }
    // Jammer pairs never end in a letter (`c6`, `p,`, `R#`); words and code do (`if`, `(a`).
    if (text.length === 2 && isLetter(text.charCodeAt(1))) wordy++;
    if (text.length === 2 || hasMark) strong++;
  }
  if (!hasLetter) return false;
  const punctuation = bitCount(marks);
  // Few tokens need more variety to count: `p. 12, v. 3` is a citation, not junk.
  const isVaried = tokens.length >= 6 ? punctuation >= (hasDigits ? 1 : 4) : hasDigits && punctuation >= 3;
  if (!isVaried) return false;
  if (wordy * 10 > tokens.length) return false;
  return strong * 2 >= tokens.length;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let b = bits >>> 0; b !== 0; b &= b - 1) count++;
  return count;
}

const CHUNK = /\S+/g;

/** Splits a line into whitespace-separated chunks with their offsets. */
function chunksOf(line: string, offset: number): Token[] {
  const chunks: Token[] = [];
  CHUNK.lastIndex = 0;
  for (let m = CHUNK.exec(line); m; m = CHUNK.exec(line)) {
    chunks.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return chunks;
}

/** The last ASCII character glued to a chunk's end, when at most two follow its last non-ASCII character. */
function trailingAscii(chunk: Token): Token | null {
  const m = /[^\x00-\x7f][!-~]?([!-~])$/.exec(chunk.text);
  return m ? { text: m[1], start: chunk.end - m[1].length, end: chunk.end } : null;
}

/** The single ASCII character glued to the start of a chunk that goes on with other text. */
function leadingAscii(chunk: Token): Token | null {
  return /^[!-~][^\s]/.test(chunk.text) && /[^\x00-\x7f]/.test(chunk.text)
    ? { text: chunk.text[0], start: chunk.start, end: chunk.start + 1 }
    : null;
}

function findInLine(line: string, offset: number): Edit[] {
  const chunks = chunksOf(line, offset);
  const edits: Edit[] = [];
  let i = 0;
  while (i < chunks.length) {
    if (!ASCII_TOKEN.test(chunks[i].text)) {
      i++;
      continue;
    }
    let j = i;
    while (j < chunks.length && ASCII_TOKEN.test(chunks[j].text)) j++;
    const tokens = chunks.slice(i, j);
    const before = i > 0 ? trailingAscii(chunks[i - 1]) : null;
    const after = j < chunks.length ? leadingAscii(chunks[j]) : null;
    const all = [...(before ? [before] : []), ...tokens, ...(after ? [after] : [])];
    if (isJammerTokenSet(all)) {
      // Take the spaces around the run too, but never the text it is glued to.
      let start = all[0].start;
      if (!before) while (start > offset && line[start - offset - 1] === " ") start--;
      let end = all[all.length - 1].end;
      if (!after) while (end - offset < line.length && /\s/.test(line[end - offset])) end++;
      edits.push({ rule: "jammer", start, end, replacement: "" });
    }
    i = j;
  }
  return edits;
}

/**
 * Discuz! anti-scraping "jammer" runs: random 1–2 character ASCII tokens (`* c6 p, R# v. L/ |`) at line
 * ends, as whole lines, or glued to the first character of a paragraph. English, numbers, dates and
 * URLs survive: a run needs letters, digits and punctuation mixed in short random tokens.
 */
export const findJammer: RuleFinder = (text) => {
  const edits: Edit[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    if (line.length > 0 && HAS_ASCII_TOKEN.test(line)) edits.push(...findInLine(line, offset));
    offset += line.length + 1;
  }
  return edits;
};
