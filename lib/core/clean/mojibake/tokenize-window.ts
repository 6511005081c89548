import type { Script } from "./char-cost";
import { gbkTables } from "./gbk-tables";
import { glossedHoleAt } from "./glossed-hole-at";
import { scoreSpan } from "./score-span";

/** One character of a suspect window (or a `?guī)` leftover), with the GBK bytes it may stand for. */
export type Token = {
  /** UTF-16 offsets into the text, half-open. */
  start: number;
  end: number;
  /** The token's bytes as written; empty for a pinyin leftover. */
  bytes: number[];
  /** Half-width punctuation the site normalised may have been full-width: `!` was perhaps ！ (A3 A1). */
  alt?: number[];
  /** A `?`: perhaps one byte the damaged decoder could not place. */
  isHole: boolean;
  /** For `?guī)`: the reading of the character the glosser saw and the byte before the `?`. */
  gloss?: { reading: string; lead: number };
  /** Evidence cost of the token kept as it is, in its context (`scoreSpan`). */
  literalCost: number;
};

// Holes of one run lie a few characters apart (`?guī)ь^?!彪S`), and after the last one a misread run
// realigns within a few characters: beyond these reaches the window stops.
const HOLE_REACH = 16;
const TAIL = 12;
const MAX_TOKENS = 48;
const FULL_WIDTH_FORM = new Set(["!", ",", ":", ";", "(", ")", "?"]);

function glossLead(text: string, i: number): number {
  const code = i > 0 ? gbkTables().encode[text.charCodeAt(i - 1)] : 0;
  return code & 0xff;
}

/** The token at i, or null where a window must stop (whitespace, characters GBK lacks). */
function tokenAt(text: string, i: number, script: Script): Token | null {
  const c = text[i];
  const unit = text.charCodeAt(i);
  // U+3000 (A1 A1) stays: misread pairs produce it, and `?　彪S` must stay one window.
  if (c !== "\u3000" && /\s/.test(c)) return null;
  if (c === "?") {
    const gloss = glossedHoleAt(text, i);
    if (gloss) {
      const glossed = { reading: gloss.reading, lead: glossLead(text, i) };
      return { start: i, end: gloss.end, bytes: [], isHole: true, gloss: glossed, literalCost: scoreSpan(text, i, gloss.end, script).score };
    }
  }
  if (unit < 0x80) {
    const alt = FULL_WIDTH_FORM.has(c) ? [0xa3, unit + 0x80] : undefined;
    return { start: i, end: i + 1, bytes: [unit], alt, isHole: c === "?", literalCost: scoreSpan(text, i, i + 1, script).score };
  }
  const code = gbkTables().encode[unit];
  if (code === 0) return null;
  return { start: i, end: i + 1, bytes: [code >> 8, code & 0xff], isHole: false, literalCost: scoreSpan(text, i, i + 1, script).score };
}

/**
 * Tokens from `start` (a `?`) until whitespace or a character GBK lacks; a later `?` joins when it is at
 * most 16 tokens after the previous one (else the window ends before it), and the window ends 12 tokens
 * after its last `?` (48 tokens at most).
 */
export function tokenizeWindow(text: string, start: number, script: Script): Token[] {
  const tokens: Token[] = [];
  let lastHole = 0;
  for (let i = start; i < text.length && tokens.length < MAX_TOKENS; ) {
    const token = tokenAt(text, i, script);
    if (!token) break;
    const gap = tokens.length - lastHole;
    // A farther `?` starts a window of its own.
    if (token.isHole && gap > HOLE_REACH) break;
    if (token.isHole) lastHole = tokens.length;
    else if (gap >= TAIL) break;
    tokens.push(token);
    i = token.end;
  }
  return tokens;
}
