import { frequencyTier } from "./frequency-tier";
import { BIG5_COMMON, GB_COMMON, gbkTables, PUNCT } from "./gbk-tables";

// Marks a re-decoded run may hold besides the standard ones: real text uses them all the time.
const OTHER_MARKS = new Set([..."\u3000…—·‘’『』【】〈〉〔〕～、"].map((c) => c.charCodeAt(0)));

/**
 * What a character recovered by re-decoding costs: its frequency tier (1–3) for a common Han character
 * of either script, 0 for punctuation, full-width forms and ASCII; Infinity for anything else (a repair
 * never produces a rare character or a symbol).
 */
export function repairCharCost(unit: number): number {
  if (unit < 0x80 || OTHER_MARKS.has(unit) || (unit >= 0xff01 && unit <= 0xff5e)) return 0;
  const f = gbkTables().flags[unit];
  if (f & PUNCT) return 0;
  if (f & (GB_COMMON | BIG5_COMMON)) return frequencyTier(unit);
  return Infinity;
}
