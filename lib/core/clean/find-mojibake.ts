import { bestDecodings, type Decoding } from "./mojibake/best-decodings";
import type { Script } from "./mojibake/char-cost";
import { fillCost } from "./mojibake/fill-hole";
import { GBK_SYMBOL, gbkTables } from "./mojibake/gbk-tables";
import { oddScanner } from "./mojibake/odd-scanner";
import { scoreSpan } from "./mojibake/score-span";
import { scriptCache } from "./mojibake/script-near";
import { tokenizeWindow, type Token } from "./mojibake/tokenize-window";
import type { Edit, RuleFinder } from "./types";
import { findBig5Misreads } from "./mojibake/big5-misreads";
import { findUtf8Misreads } from "./mojibake/utf8-misreads";

// Evidence a span needs before it is flagged: two rare characters, a `?guī)` leftover … A repair on
// offer needs less: its own checks (one reading, common characters only) carry the rest. A repair
// with as much evidence as a flag needs, besides those checks, is applied.
const MIN_EVIDENCE = 4;
const MIN_REPAIR_EVIDENCE = 2;
// A guessed byte is certain only when every other guess for it costs at least one tier more.
const MIN_MARGIN = 2;

/** A `?` with CJK at most two characters away: where a misread run starts. */
function isSeed(text: string, q: number): boolean {
  const { flags } = gbkTables();
  for (const i of [q - 2, q - 1, q + 1, q + 2]) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x2e80 || (flags[unit] & GBK_SYMBOL) !== 0) return true;
  }
  return false;
}

/** Every character of a repair is common (or punctuation, or ASCII kept from the text). */
function isAllCommon(replacement: string, script: Script): boolean {
  return [...replacement].every((c) => c.charCodeAt(0) < 0x80 || fillCost(c.charCodeAt(0), script) !== Infinity);
}

function edit(start: number, end: number, replacement: string, detail: "repair" | "suspect", isSuggestion = true): Edit {
  return { rule: "mojibake", start, end, replacement, detail, ...(isSuggestion ? { isSuggestion } : {}) };
}

/** The window from its first `?` to the last token that is evidence on its own. */
function evidenceEnd(text: string, tokens: Token[], script: Script): number {
  const last = tokens.findLast((t) => scoreSpan(text, t.start, t.end, script).score > 0);
  return last ? last.end : tokens[0].end;
}

/** The repair or flag for the change `best` makes, or null when the text is more likely right. */
function judgeChange(text: string, tokens: Token[], script: Script, best: Decoding, second?: Decoding): Edit | null {
  const start = tokens[best.firstChanged].start;
  const end = tokens[best.lastChanged].end;
  const replacement = best.text.slice(best.changedStart, best.changedEnd);
  const before = scoreSpan(text, start, end, script);
  const context = text.slice(Math.max(0, start - 3), start);
  const after = scoreSpan(context + replacement + text.slice(end, end + 3), context.length, context.length + replacement.length, script);
  const isClean = isAllCommon(replacement, script) && after.score <= 1;
  // Unique: each guessed byte beats its alternatives by a tier, and no other reading of the window ties.
  const isUnique = best.margin >= MIN_MARGIN && (!second || second.cost > best.cost);
  const evidence = before.score - after.score;
  if (isClean && isUnique && evidence >= MIN_REPAIR_EVIDENCE) return edit(start, end, replacement, "repair", evidence < MIN_EVIDENCE);
  if (before.score >= MIN_EVIDENCE && (isClean || before.hasHard)) return edit(start, end, text.slice(start, end), "suspect");
  return null;
}

function judgeWindow(text: string, tokens: Token[], script: Script): Edit | null {
  const start = tokens[0].start;
  const observed = scoreSpan(text, start, tokens[tokens.length - 1].end, script);
  if (observed.score < MIN_REPAIR_EVIDENCE) return null;
  const [best, second] = bestDecodings(text, tokens, script);
  const change = best && best.firstChanged >= 0 ? judgeChange(text, tokens, script, best, second) : null;
  if (change || !observed.hasHard || observed.score < MIN_EVIDENCE) return change;
  const end = evidenceEnd(text, tokens, script);
  return edit(start, end, text.slice(start, end), "suspect");
}

/**
 * Runs of GBK bytes read one byte out of step (`出紕漏?!币咔榘l生` for `出紕漏。”疫情發生`): a repair
 * where exactly one reading fits and every recovered character is common (applied with strong
 * evidence, else offered), else a flag whose replacement is the text itself. Offsets are UTF-16,
 * half-open.
 */
function findShiftedGbk(text: string): Edit[] {
  const edits: Edit[] = [];
  const scriptAt = scriptCache(text);
  const hasOddAfter = oddScanner(text, scriptAt);
  for (let q = text.indexOf("?"); q !== -1; q = text.indexOf("?", q + 1)) {
    if (!isSeed(text, q)) continue;
    const script = scriptAt(q);
    if (!hasOddAfter(q)) continue;
    const tokens = tokenizeWindow(text, q, script);
    if (tokens.length === 0) continue;
    const found = judgeWindow(text, tokens, script);
    if (found) edits.push(found);
    q = tokens[tokens.length - 1].end - 1;
  }
  return edits;
}

/** The edits of all three finders in text order; where two overlap, the one starting first is kept. */
function merged(lists: Edit[][]): Edit[] {
  const all = lists.flat().sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Edit[] = [];
  for (const e of all) if (kept.length === 0 || e.start >= kept[kept.length - 1].end) kept.push(e);
  return kept;
}

/**
 * Mojibake: GBK read out of step (`findShiftedGbk`), UTF-8 shown as GBK (`鍙戠敓` for 发生) and Big5
 * shown as GBK (`иГ` for 我們). Certain repairs are applied, doubtful ones offered (`isSuggestion`),
 * suspect text flagged (its replacement is itself).
 */
export const findMojibake: RuleFinder = (text) => {
  const shifted = findShiftedGbk(text);
  const utf8 = findUtf8Misreads(text);
  const big5 = findBig5Misreads(text);
  if (utf8.length === 0 && big5.length === 0) return shifted;
  return merged([shifted, utf8, big5]);
};
