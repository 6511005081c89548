import type { Edit, RuleFinder } from "./types";

const MIN_LINES = 4;
const TOLERANCE = 2; // display columns
const SENTENCE_END = /[。！？!?…”」』】）)：:]$/;
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

/** The width most full lines share, when enough lines share it to call the text hard-wrapped. */
function wrapWidth(widths: number[]): number | null {
  const long = widths.filter((w) => w >= 20);
  if (long.length < MIN_LINES) return null;
  const max = Math.max(...long);
  const full = long.filter((w) => w >= max - TOLERANCE);
  return full.length >= MIN_LINES && full.length * 10 >= long.length * 4 ? max : null;
}

/**
 * Lines hard-wrapped every N columns (PDFs, e-mail, old BBS posts) are joined back into paragraphs:
 * a full-width line that does not end a sentence goes on in the next line. Chinese joins without a
 * space, Latin text with one. Blank lines and indented lines stay paragraph breaks.
 */
export const findWrappedLines: RuleFinder = (text) => {
  const lines = text.split("\n");
  const widths = lines.map((line) => width(line.trimEnd()));
  const columns = wrapWidth(widths);
  if (columns === null) return [];
  const edits: Edit[] = [];
  let offset = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i].trimEnd();
    const next = lines[i + 1];
    const breakAt = offset + lines[i].length;
    const continues = widths[i] >= columns - TOLERANCE && !SENTENCE_END.test(line) && next.trim() !== "" && !INDENT.test(next);
    if (continues) {
      const latin = /[A-Za-z0-9,.;]$/.test(line) && /^[A-Za-z0-9]/.test(next);
      const start = offset + line.length;
      edits.push({ rule: "wrap", start, end: breakAt + 1, replacement: latin ? " " : "" });
    }
    offset = breakAt + 1;
  }
  return edits;
};
