import { isOffScript, type Script } from "./char-cost";
import { frequencyTier } from "./frequency-tier";
import { BIG5_COMMON, GB_COMMON, gbkTables, PUNCT } from "./gbk-tables";

/**
 * A character an unknown byte may complete, what guessing it costs, and how much cheaper it is than the
 * next-best guess for the same byte (0 for a tie, Infinity when it is the only one).
 */
export type Fill = { unit: number; cost: number; margin: number };

const COST_0 = new Set([..."。，"].map((c) => c.charCodeAt(0)));
const COST_1 = new Set([..."、“”"].map((c) => c.charCodeAt(0)));

/**
 * What guessing a character costs, from how frequent it is: 。， 0 (each over 2 % of running text);
 * 、“” and the 100 most frequent Han characters 1; other standard punctuation and the next ~750
 * characters 2; any other common character 3; one more for the other script's characters. Rare
 * characters and symbols are never guessed.
 */
export function fillCost(unit: number, script: Script): number {
  const f = gbkTables().flags[unit];
  if (f & PUNCT) return COST_0.has(unit) ? 0 : COST_1.has(unit) ? 1 : 2;
  if ((f & (GB_COMMON | BIG5_COMMON)) === 0) return Infinity;
  return frequencyTier(unit) + (isOffScript(f, script) ? 1 : 0);
}

const cache = new Map<string, Fill[]>();

/** The two cheapest characters for an unknown lead byte before `trail` (isLead) or trail byte after `known`. */
export function fillHole(known: number, isLead: boolean, script: Script): Fill[] {
  const key = `${known}:${isLead}:${script}`;
  let fills = cache.get(key);
  if (!fills) {
    fills = cheapestTwo(known, isLead, script);
    cache.set(key, fills);
  }
  return fills;
}

function cheapestTwo(known: number, isLead: boolean, script: Script): Fill[] {
  const { decode } = gbkTables();
  const best: Omit<Fill, "margin">[] = [];
  // A lost trail byte is never ASCII: the damaged decoder would have shown it as itself.
  for (let b = isLead ? 0x81 : 0x80; b <= 0xfe; b++) {
    const unit = decode[isLead ? (b << 8) | known : (known << 8) | b];
    if (unit === 0) continue;
    const cost = fillCost(unit, script);
    if (cost === Infinity) continue;
    best.push({ unit, cost });
    best.sort((x, y) => x.cost - y.cost);
    if (best.length > 2) best.length = 2;
  }
  return withMargins(best);
}

/** Adds each fill's margin over the best other fill. */
export function withMargins(fills: Omit<Fill, "margin">[]): Fill[] {
  return fills.map((f, i) => {
    const others = fills.filter((_, j) => j !== i).map((o) => o.cost);
    return { ...f, margin: others.length === 0 ? Infinity : Math.min(...others) - f.cost };
  });
}
