import type { Edit, RuleFinder } from "./types";
import { CLOSERS, SENTENCE_ENDS } from "../text/char-classes";

const MIN_LINES = 4;
const TOLERANCE = 2; // display columns
const MAX_WRAP = 400; // no one hard-wraps wider
const SENTENCE_END = new RegExp(`[${SENTENCE_ENDS}${CLOSERS}：:]$`, "u");
const INDENT = /^[\s\u3000]/;

/** True for a wide (two-column) code point: CJK, Hangul, full-width forms and the supplementary ideographs. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Display width: CJK and full-width forms take two columns. */
function width(line: string): number {
  let columns = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.codePointAt(i)!;
    if (code > 0xffff) i++;
    columns += isWide(code) ? 2 : 1;
  }
  return columns;
}

/** How far a wrapped line's width may stray from the wrap width once cleanup has changed it (full-width punctuation, glosses gone). */
const toleranceOf = (columns: number) => Math.max(TOLERANCE, Math.round(columns * 0.12));

/**
 * The width hard-wrapped lines share: the widest width with the most long lines just below it, when
 * enough lines (and most of them mid-sentence, as wrapped lines are) share it to call the text
 * hard-wrapped. Lines wider than it (an unwrapped title, chrome) do not matter.
 */
function wrapWidth(widths: number[], endsSentence: boolean[]): number | null {
  let longest = 0;
  for (const w of widths) if (w <= MAX_WRAP && w > longest) longest = w;
  // Long lines, and those of them mid-sentence, counted by width (prefix sums: a window is two lookups).
  const all = new Int32Array(longest + 2);
  const open = new Int32Array(longest + 2);
  let longCount = 0;
  widths.forEach((w, i) => {
    if (w < 20) return;
    longCount++;
    if (w > MAX_WRAP) return;
    all[w + 1]++;
    if (!endsSentence[i]) open[w + 1]++;
  });
  if (longCount < MIN_LINES) return null;
  for (let w = 1; w <= longest + 1; w++) {
    all[w] += all[w - 1];
    open[w] += open[w - 1];
  }
  const within = (counts: Int32Array, from: number, to: number) => counts[Math.min(to, longest) + 1] - counts[Math.max(from, 0)];
  let best = { columns: 0, count: 0, open: 0 };
  for (let columns = 20; columns <= longest; columns++) {
    if (within(all, columns, columns) === 0) continue;
    const from = columns - toleranceOf(columns);
    const count = within(all, from, columns + TOLERANCE);
    if (count >= best.count) best = { columns, count, open: within(open, from, columns + TOLERANCE) };
  }
  if (best.count < MIN_LINES || best.count * 10 < longCount * 4 || best.open * 2 < best.count) return null;
  return best.columns;
}

/**
 * Lines hard-wrapped every N columns (PDFs, e-mail, old BBS posts) are joined back into paragraphs:
 * a full-width line that does not end a sentence goes on in the next line. Chinese joins without a
 * space, Latin text with one. Blank lines and indented lines stay paragraph breaks.
 */
export const findWrappedLines: RuleFinder = (text) => {
  const lines = text.split("\n");
  const widths = lines.map((line) => width(line.trimEnd()));
  const endsSentence = lines.map((line) => SENTENCE_END.test(line.trimEnd()));
  const columns = wrapWidth(widths, endsSentence);
  if (columns === null) return [];
  const low = columns - toleranceOf(columns);
  const high = columns + toleranceOf(columns);
  const edits: Edit[] = [];
  let offset = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i].trimEnd();
    const next = lines[i + 1];
    const breakAt = offset + lines[i].length;
    const continues = widths[i] >= low && widths[i] <= high && !endsSentence[i] && next.trim() !== "" && !INDENT.test(next);
    if (continues) {
      const latin = /[A-Za-z0-9,.;]$/.test(line) && /^[A-Za-z0-9]/.test(next);
      const start = offset + line.length;
      edits.push({ rule: "wrap", start, end: breakAt + 1, replacement: latin ? " " : "" });
    }
    offset = breakAt + 1;
  }
  return edits;
};
