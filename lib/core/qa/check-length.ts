import type { QaFinding, QaSegment } from "./qa-types";

// Length outliers of a document: a translation far longer or shorter than this document's usual
// ratio of English to Chinese. The usual ratio is learnt from the document itself (median of
// log(English letters per Han character) over translated paragraphs of some size), its spread from the
// median absolute deviation, so one odd paragraph does not move either. Codes:
//   length.long  {factor}: the translation is factor × the usual ratio (e.g. 2.8)
//   length.short {percent}: the translation is percent % of the usual ratio (e.g. 30)

/** Paragraphs with fewer Han characters are too short for a ratio to mean much. */
export const LENGTH_MIN_SOURCE_CHARS = 10;
/** Below this many qualifying paragraphs there is no "usual" ratio: no findings. */
export const LENGTH_MIN_PARAGRAPHS = 8;
/** An outlier is off the median by more than this many robust standard deviations … */
const ROBUST_Z = 3.5;
/** … and by at least a factor of two either way. */
const MIN_LOG_DEVIATION = Math.LN2;

/** Han characters, and letters of other scripts (Latin, accented), in UTF-16 units. */
function measure(text: string): { han: number; letters: number } {
  let han = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) letters++;
  }
  return { han, letters };
}

/**
 * The ratio compares what was translated: the Han characters of the source against the letters of
 * the English less the Latin letters the source already had (file names, "MB", "COVID" are carried
 * over as they are). Digits and punctuation count on neither side: figures are not translated.
 */
function logRatio(source: string, target: string): number | undefined {
  const from = measure(source);
  const to = measure(target);
  if (from.han < LENGTH_MIN_SOURCE_CHARS || to.letters === 0) return undefined;
  const carried = Math.min(from.letters, to.letters - 1);
  return Math.log((to.letters - carried) / from.han);
}

function median(sorted: number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Length warnings of a document, by segment id (only segments with a warning). */
export function checkLength(segments: readonly QaSegment[]): Map<number, QaFinding[]> {
  const ratios: { id: number; logRatio: number }[] = [];
  for (const { id, source, target } of segments) {
    const ratio = source.trim() === target.trim() ? undefined : logRatio(source, target);
    if (ratio !== undefined) ratios.push({ id, logRatio: ratio });
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
