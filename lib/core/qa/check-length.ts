import type { QaFinding, QaSegment } from "./qa-types";

// Length outliers of a document: a translation far longer or shorter than this document's usual
// ratio of English to Chinese. The usual ratio is learnt from the document itself (median of
// log(target length / source length) over translated paragraphs of some size), its spread from the
// median absolute deviation, so one odd paragraph does not move either. Codes:
//   length.long  {factor}: the translation is factor × the usual ratio (e.g. 2.8)
//   length.short {percent}: the translation is percent % of the usual ratio (e.g. 30)

/** Paragraphs with fewer source characters (whitespace aside) are too short for a ratio to mean much. */
export const LENGTH_MIN_SOURCE_CHARS = 10;
/** Below this many qualifying paragraphs there is no "usual" ratio: no findings. */
export const LENGTH_MIN_PARAGRAPHS = 8;
/** An outlier is off the median by more than this many robust standard deviations … */
const ROBUST_Z = 3.5;
/** … and by at least a factor of two either way. */
const MIN_LOG_DEVIATION = Math.LN2;

/** Length without whitespace, in UTF-16 units (a ratio does not need code points). */
function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x3000) n++;
  }
  return n;
}

function median(sorted: number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Length warnings of a document, by segment id (only segments with a warning). */
export function checkLength(segments: readonly QaSegment[]): Map<number, QaFinding[]> {
  const ratios: { id: number; logRatio: number }[] = [];
  for (const { id, source, target } of segments) {
    const sourceLength = visibleLength(source);
    const targetLength = visibleLength(target);
    if (sourceLength < LENGTH_MIN_SOURCE_CHARS || targetLength === 0 || source.trim() === target.trim()) continue;
    ratios.push({ id, logRatio: Math.log(targetLength / sourceLength) });
  }
  const findings = new Map<number, QaFinding[]>();
  if (ratios.length < LENGTH_MIN_PARAGRAPHS) return findings;
  const center = median(ratios.map((r) => r.logRatio).sort((a, b) => a - b));
  const spread = 1.4826 * median(ratios.map((r) => Math.abs(r.logRatio - center)).sort((a, b) => a - b));
  const limit = Math.max(ROBUST_Z * spread, MIN_LOG_DEVIATION);
  for (const { id, logRatio } of ratios) {
    const deviation = logRatio - center;
    if (Math.abs(deviation) <= limit) continue;
    const factor = Math.exp(deviation);
    findings.set(id, [
      deviation > 0
        ? { check: "length", code: "length.long", params: { factor: Math.round(factor * 10) / 10 }, key: "length.long" }
        : { check: "length", code: "length.short", params: { percent: Math.round(factor * 100) }, key: "length.short" },
    ]);
  }
  return findings;
}
