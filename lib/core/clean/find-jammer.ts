import type { Edit, RuleFinder } from "./types";

type Token = { text: string; start: number; end: number };

const ASCII_TOKEN = /^[!-~]{1,2}$/;
const PUNCT = /[!-/:-@[-`{-~]/;
// A line holds a chunk matching ASCII_TOKEN: without one, findInLine has nothing to look at.
const HAS_ASCII_TOKEN = /(?:^|\s)[!-~]{1,2}(?=\s|$)/;

function isJammerTokenSet(tokens: Token[]): boolean {
  if (tokens.length < 3) return false;
  const chars = tokens.map((t) => t.text).join("");
  if (!/[A-Za-z]/.test(chars)) return false;
  const punctuation = new Set([...chars].filter((c) => PUNCT.test(c)));
  const hasDigits = /[0-9]/.test(chars);
  // Few tokens need more variety to count: `p. 12, v. 3` is a citation, not junk.
  const isVaried = tokens.length >= 6 ? punctuation.size >= (hasDigits ? 1 : 4) : hasDigits && punctuation.size >= 3;
  if (!isVaried) return false;
  // Jammer pairs never end in a letter (`c6`, `p,`, `R#`); words and code do (`if`, `(a`).
  const wordy = tokens.filter((t) => t.text.length === 2 && /[A-Za-z]$/.test(t.text));
  if (wordy.length * 10 > tokens.length) return false;
  const strong = tokens.filter((t) => t.text.length === 2 || PUNCT.test(t.text));
  return strong.length * 2 >= tokens.length;
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
