import { isCjk, isHan } from "../text/char-classes";
import type { Edit, RuleFinder } from "./types";

const FULL_WIDTH: Record<string, string> = { ",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）" };
// `:)`, `:-(`, `;P` … stay emoticons; `http://` is never next to Chinese anyway.
const EMOTICON_AFTER = /^[-)(DPpOo3/\\|]/;

function convertsAt(text: string, i: number): boolean {
  const char = text[i];
  const prev = text[i - 1];
  const next = text[i + 1];
  if ((char === ":" || char === ";") && next !== undefined && EMOTICON_AFTER.test(next)) return false;
  if (char === "?" || char === "!") return isCjk(prev) || (isCjk(next) && prev !== undefined && /[?!]/.test(prev));
  return isCjk(prev) || isCjk(next);
}

function parenthesesEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  // Innermost pairs on one line whose content is Chinese: `(注)`, `(來源:聶少峰)`.
  const pair = /\(([^()\n]{1,80})\)/g;
  for (let m = pair.exec(text); m; m = pair.exec(text)) {
    if (![...m[1]].some((c) => isHan(c))) continue;
    const close = m.index + m[0].length - 1;
    edits.push({ rule: "punctuation", start: m.index, end: m.index + 1, replacement: "（" });
    edits.push({ rule: "punctuation", start: close, end: close + 1, replacement: "）" });
  }
  return edits;
}

/** Half-width `, : ; ? ! ( )` inside Chinese text become full-width; English and numbers keep theirs. */
export const findHalfWidthPunctuation: RuleFinder = (text) => {
  const edits = parenthesesEdits(text);
  const mark = /[,:;?!]/g;
  for (let m = mark.exec(text); m; m = mark.exec(text)) {
    if (convertsAt(text, m.index)) {
      edits.push({ rule: "punctuation", start: m.index, end: m.index + 1, replacement: FULL_WIDTH[m[0]] });
    }
  }
  return edits.sort((a, b) => a.start - b.start);
};
