import { charCost, type Script } from "./char-cost";
import { fillCost, fillHole, withMargins, type Fill } from "./fill-hole";
import { gbkTables } from "./gbk-tables";
import { glossFills } from "./gloss-fills";
import type { Token } from "./tokenize-window";

/** One way to read a window's bytes again, with the tokens it changes. */
export type Decoding = {
  /** Evidence cost of the decoded text plus the cost of every guessed byte. */
  cost: number;
  /** The smallest margin of any guessed byte over its next-best guess (Infinity: nothing guessed). */
  margin: number;
  text: string;
  /** The text with full-width ！？，：；（） as half-width: two decodings differing only there are one. */
  key: string;
  /** First and last token not kept as they are (-1: none), and where their text starts and ends in `text`. */
  firstChanged: number;
  lastChanged: number;
  changedStart: number;
  changedEnd: number;
};

// What is waiting for a trail byte between two tokens: nothing, a known lead byte (0–255) or the
// unknown byte of hole token j (HOLE + j).
const NONE = -1;
const HOLE = 0x1000;
const HALF_WIDTH: Record<string, string> = { "！": "!", "？": "?", "，": ",", "：": ":", "；": ";", "（": "(", "）": ")" };

type Step = { pending: number; text: string; cost: number; margin: number };
type States = Map<number, Decoding[]>;

/** Keeps the two cheapest decodings with different text per state. */
function put(states: States, pending: number, d: Decoding): void {
  const list = states.get(pending) ?? [];
  const same = list.findIndex((x) => x.key === d.key);
  if (same >= 0 && list[same].cost <= d.cost) return;
  if (same >= 0) list.splice(same, 1);
  list.push(d);
  list.sort((a, b) => a.cost - b.cost);
  if (list.length > 2) list.length = 2;
  states.set(pending, list);
}

function keyOf(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (HALF_WIDTH[text[i]]) return text.replace(/[！？，：；（）]/g, (c) => HALF_WIDTH[c]);
  }
  return text;
}

function extend(d: Decoding, i: number, step: Step, isKept: boolean): Decoding {
  const text = d.text + step.text;
  const key = d.key + keyOf(step.text);
  const cost = d.cost + step.cost;
  if (isKept) {
    const { margin, firstChanged, lastChanged, changedStart, changedEnd } = d;
    return { cost, margin, text, key, firstChanged, lastChanged, changedStart, changedEnd };
  }
  const isFirst = d.firstChanged < 0;
  return {
    cost,
    margin: Math.min(d.margin, step.margin),
    text,
    key,
    firstChanged: isFirst ? i : d.firstChanged,
    changedStart: isFirst ? d.text.length : d.changedStart,
    lastChanged: i,
    changedEnd: text.length,
  };
}

/** Characters an unknown lead byte (hole token j) forms with `trail`; a gloss narrows the guess. */
function leadFills(tokens: Token[], j: number, trail: number, script: Script): Fill[] {
  const gloss = tokens[j].gloss;
  if (gloss) {
    const { decode } = gbkTables();
    const fills = glossFills(gloss.lead, gloss.reading)
      .map((lead) => decode[(lead << 8) | trail])
      .filter((unit) => unit !== 0 && fillCost(unit, script) !== Infinity)
      .map((unit) => ({ unit, cost: charCost(unit, script) }));
    // The reading pins the byte: a lone fill is certain, several are a tie.
    if (fills.length > 0) return withMargins(fills);
  }
  return fillHole(trail, true, script);
}

/** The characters `pending` and the next byte form. */
function pairs(tokens: Token[], pending: number, byte: number, script: Script): Fill[] {
  if (pending >= HOLE) return byte >= 0x40 ? leadFills(tokens, pending - HOLE, byte, script) : [];
  const unit = gbkTables().decode[(pending << 8) | byte];
  return unit === 0 ? [] : [{ unit, cost: charCost(unit, script), margin: Infinity }];
}

/** Steps for a token read with `pending` before it: its bytes (or full-width form) re-paired. */
function stepsAfterPending(tokens: Token[], i: number, pending: number, script: Script): Step[] {
  const t = tokens[i];
  if (t.isHole) {
    if (pending >= HOLE) return [];
    return fillHole(pending, false, script).map((f) => ({ pending: NONE, text: String.fromCharCode(f.unit), cost: f.cost, margin: f.margin }));
  }
  const steps: Step[] = [];
  for (const bytes of t.alt ? [t.bytes, t.alt] : [t.bytes]) {
    const rest = bytes[1];
    if (rest !== undefined && (rest === 0x80 || rest === 0xff)) continue;
    for (const f of pairs(tokens, pending, bytes[0], script)) {
      const head = String.fromCharCode(f.unit);
      if (rest === undefined) steps.push({ pending: NONE, text: head, cost: f.cost, margin: f.margin });
      else if (rest < 0x80) steps.push({ pending: NONE, text: head + String.fromCharCode(rest), cost: f.cost, margin: f.margin });
      else steps.push({ pending: rest, text: head, cost: f.cost, margin: f.margin });
    }
  }
  return steps;
}

/**
 * The two cheapest readings of the window's bytes, each `?` kept or taken as one unknown byte and each
 * half-width mark as itself or its full-width form, that end aligned. Linear in the window's length.
 */
export function bestDecodings(text: string, tokens: Token[], script: Script): Decoding[] {
  let states: States = new Map([[NONE, [{ cost: 0, margin: Infinity, text: "", key: "", firstChanged: -1, lastChanged: -1, changedStart: 0, changedEnd: 0 }]]]);
  tokens.forEach((t, i) => {
    const next: States = new Map();
    for (const [pending, list] of states) {
      for (const d of list) {
        if (pending === NONE) {
          const own = text.slice(t.start, t.end);
          put(next, NONE, extend(d, i, { pending: NONE, text: own, cost: t.literalCost, margin: Infinity }, true));
          if (t.isHole) put(next, HOLE + i, extend(d, i, { pending: HOLE + i, text: "", cost: 0, margin: Infinity }, false));
          continue;
        }
        for (const step of stepsAfterPending(tokens, i, pending, script)) put(next, step.pending, extend(d, i, step, false));
      }
    }
    states = next;
  });
  return states.get(NONE) ?? [];
}
