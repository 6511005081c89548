import type { Edit, RuleFinder } from "./types";

const MIN_LINES = 4;
const TOLERANCE = 2; // display columns
const SENTENCE_END = /[。！？!?…”」』】）)：:]$/;
const INDENT = /^[\s\u3000]/;

/** Display width: CJK and full-width forms take two columns. */
function width(line: string): number {
  let columns = 0;
  for (const char of line) columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(char) ? 2 : 1;
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
