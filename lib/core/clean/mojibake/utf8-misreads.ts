import type { Edit } from "../types";
import { charCost } from "./char-cost";
import { gbkTables } from "./gbk-tables";
import { privateUseCode } from "./gbk-private-use";
import { repairCharCost } from "./repair-char-cost";

const REPLACEMENT = 0xfffd;
const EURO = 0x20ac;
// A run is read in pieces of at most this many characters: a whole page misread stays linear.
const MAX_RUN = 256;
// Evidence the garbled run must show (rare characters 2 each, U+FFFD and a lone € 2 each) and how much
// text the re-reading must give: two common characters never come out of ordinary text by chance.
const MIN_EVIDENCE = 4;
const MIN_CHARS = 2;
// A guessed byte is offered only when every other guess costs at least two frequency tiers more; it is
// applied only when no other byte gives a common character at all.
const MIN_MARGIN = 2;
const HOLE = -1;

/** Where a re-reading can stop: after the garbled character at `end - 1`, with no byte left over. */
type Boundary = { end: number; text: string; chars: number; evidence: number; margin: number };

/** The GBK bytes a shown character stands for: a lone 80 shows as €, a byte lost before ASCII as U+FFFD. */
function bytesOf(unit: number): number[] | null {
  if (unit < 0x80) return [unit];
  if (unit === EURO) return [0x80];
  if (unit === REPLACEMENT) return [HOLE];
  const code = gbkTables().encode[unit] || privateUseCode(unit);
  return code === 0 ? null : [code >> 8, code & 0xff];
}

function evidenceOf(unit: number): number {
  return unit === REPLACEMENT || unit === EURO || privateUseCode(unit) !== 0 ? 2 : charCost(unit, "mixed");
}

/** The cheapest character a lost last byte (80–BF) completes, with its margin over the next one. */
function guessLastByte(prefix: number): { unit: number; cost: number; margin: number } | null {
  let best = { unit: 0, cost: Infinity };
  let second = Infinity;
  for (let b = 0x80; b <= 0xbf; b++) {
    const unit = (prefix << 6) | (b & 0x3f);
    const cost = repairCharCost(unit);
    if (cost < best.cost) [second, best] = [best.cost, { unit, cost }];
    else if (cost < second) second = cost;
  }
  return best.cost === Infinity ? null : { ...best, margin: second - best.cost };
}

/** The boundaries of the longest run from `start` whose GBK bytes read as UTF-8 give common text. */
function readRun(text: string, start: number): Boundary[] {
  const boundaries: Boundary[] = [];
  let out = "";
  let chars = 0;
  let evidence = 0;
  let margin = Infinity;
  let need = 0;
  let prefix = 0;
  const emit = (unit: number, cost: number): boolean => {
    if (cost === Infinity) return false;
    out += String.fromCharCode(unit);
    if (unit >= 0x80) chars++;
    return true;
  };
  for (let i = start; i < text.length && i < start + MAX_RUN; i++) {
    const unit = text.charCodeAt(i);
    const bytes = bytesOf(unit);
    // ASCII standing alone is the text's own, never part of a garbled run.
    if (!bytes || (unit < 0x80 && need === 0)) break;
    let isRead = true;
    for (const b of bytes) {
      if (b === HOLE) {
        const guess = need === 1 ? guessLastByte(prefix) : null;
        isRead = guess !== null && emit(guess.unit, guess.cost);
        margin = Math.min(margin, guess?.margin ?? 0);
        need = 0;
      } else if (need === 0) {
        if (b < 0x80) isRead = emit(b, 0);
        else if (b >= 0xe2 && b <= 0xef) [need, prefix] = [2, b & 0x0f];
        else isRead = false;
      } else if (b >= 0x80 && b <= 0xbf) {
        prefix = (prefix << 6) | (b & 0x3f);
        if (--need === 0) isRead = emit(prefix, repairCharCost(prefix));
      } else isRead = false;
      if (!isRead) break;
    }
    if (!isRead) break;
    evidence += evidenceOf(unit);
    if (need === 0) boundaries.push({ end: i + 1, text: out, chars, evidence, margin });
  }
  return boundaries;
}

function isEnough(b: Boundary, from?: Boundary): boolean {
  return b.chars - (from?.chars ?? 0) >= MIN_CHARS && b.evidence - (from?.evidence ?? 0) >= MIN_EVIDENCE;
}

/** The edits for one run: the certain part applied, what follows a doubtful byte offered or flagged. */
function editsOfRun(text: string, start: number, boundaries: Boundary[]): Edit[] {
  const last = boundaries[boundaries.length - 1];
  const certain = boundaries.findLast((b) => b.margin === Infinity);
  const edits: Edit[] = [];
  let from = start;
  let head: Boundary | undefined;
  if (certain && isEnough(certain)) {
    edits.push({ rule: "mojibake", start, end: certain.end, replacement: certain.text, detail: "repair" });
    [from, head] = [certain.end, certain];
  }
  if (last.end > from) {
    const isOffered = last.margin >= MIN_MARGIN;
    const replacement = isOffered ? last.text.slice(head?.text.length ?? 0) : text.slice(from, last.end);
    const detail = isOffered ? "repair" : "suspect";
    edits.push({ rule: "mojibake", start: from, end: last.end, replacement, isSuggestion: true, detail });
  }
  return edits;
}

/**
 * Runs of UTF-8 text shown as GBK (`鍙戠敓` for 发生): the run's GBK bytes read as UTF-8 give common
 * characters only. Applied when every byte is known (or a lost one is clear), else offered or flagged.
 * Offsets are UTF-16, half-open.
 */
export function findUtf8Misreads(text: string): Edit[] {
  const { encode } = gbkTables();
  const edits: Edit[] = [];
  for (let i = 0; i < text.length; i++) {
    const lead = encode[text.charCodeAt(i)] >> 8;
    if (lead < 0xe2 || lead > 0xef) continue;
    const boundaries = readRun(text, i);
    const last = boundaries[boundaries.length - 1];
    if (!last || !isEnough(last)) continue;
    edits.push(...editsOfRun(text, i, boundaries));
    i = last.end - 1;
  }
  return edits;
}
