import type { QaFinding } from "./qa-types";
import { toFindingRange } from "./to-finding-range";

// Punctuation of the English. Codes:
//   punctuation.unbalanced {char}: a bracket or quote without its partner: ( ) [ ] { } “ ” ‘ ’ and
//     straight " counted pairwise. An apostrophe (don't, the 1990s’, the officers’) is not a quote.
//     Not reported when the source is unbalanced the same way (a quotation spanning paragraphs).
//   punctuation.fullwidth {text}: Chinese (full-width) punctuation such as 。，、「」（） in the English

type Pair = { open: string; close: string; source: RegExp[] };
const PAIRS: Pair[] = [
  { open: "(", close: ")", source: [/[(（]/g, /[)）]/g] },
  { open: "[", close: "]", source: [/[[【〔]/g, /[\]】〕]/g] },
  { open: "{", close: "}", source: [/[{｛]/g, /[}｝]/g] },
  { open: "“", close: "”", source: [/[“「『]/g, /[”」』]/g] },
  { open: "‘", close: "’", source: [/[‘]/g, /[’]/g] },
];
const FULLWIDTH = /[\u3001-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** Whether the ’ at i closes a quote rather than being an apostrophe. */
function isClosingQuote(text: string, i: number, hasOpen: boolean): boolean {
  const before = text[i - 1] ?? "";
  const after = text[i + 1] ?? "";
  if (WORD_CHAR.test(before) && WORD_CHAR.test(after)) return false; // don't, rock’n’roll
  if (!WORD_CHAR.test(before) && /[0-9]/.test(after)) return false; // ’90s
  return hasOpen;
}

/** The position of the first unpartnered bracket or quote of a pair, or -1. */
function unbalancedAt(text: string, pair: Pair): number {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === pair.open && !(pair.open === "‘" && /^[0-9]{2}s/.test(text.slice(i + 1)))) open.push(i);
    else if (c === pair.close) {
      if (pair.close === "’" && !isClosingQuote(text, i, open.length > 0)) continue;
      if (open.length === 0) return i;
      open.pop();
    }
  }
  return open.length > 0 ? open[0] : -1;
}

function finding(target: string, char: string, at: number): QaFinding {
  return {
    check: "punctuation",
    code: "punctuation.unbalanced",
    params: { char },
    key: `punctuation.unbalanced:${char}`,
    targetRange: toFindingRange(target, { start: at, end: at + 1 }),
  };
}

/** The punctuation check of one paragraph's translation. */
export function checkPunctuation(source: string, target: string): QaFinding[] {
  const findings: QaFinding[] = [];
  for (const pair of PAIRS) {
    if (!target.includes(pair.open) && !target.includes(pair.close)) continue;
    if (count(source, pair.source[0]) !== count(source, pair.source[1])) continue;
    const at = unbalancedAt(target, pair);
    if (at >= 0) findings.push(finding(target, target[at], at));
  }
  const straight = [...target.matchAll(/"/g)];
  if (straight.length % 2 === 1 && count(source, /["“”「」『』]/g) % 2 === 0) findings.push(finding(target, '"', straight[straight.length - 1].index));
  const wide = [...target.matchAll(FULLWIDTH)];
  if (wide.length > 0) {
    const chars = [...new Set(wide.map((m) => m[0]))].join("");
    findings.push({
      check: "punctuation",
      code: "punctuation.fullwidth",
      params: { text: chars },
      key: `punctuation.fullwidth:${chars}`,
      targetRange: toFindingRange(target, { start: wide[0].index, end: wide[0].index + 1 }),
    });
  }
  return findings;
}
