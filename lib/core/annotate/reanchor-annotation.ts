import { codePointLength, sliceCodePoints } from "../text/code-points";

/** A stored span: code points, half-open [start, end), with the text it covered. */
export type AnchoredSpan = { start: number; end: number; quote: string };

/** Whether a span still covers its quoted text in a source. */
export function isAnchored(span: AnchoredSpan, source: string): boolean {
  return span.quote !== "" && sliceCodePoints(source, span.start, span.end) === span.quote;
}

/**
 * Finds a span again in a changed source by its quoted text: where it was if it is still there,
 * else the occurrence nearest its old start; null when the quote no longer occurs.
 */
export function reanchorAnnotation(span: AnchoredSpan, source: string): { start: number; end: number } | null {
  if (isAnchored(span, source)) return { start: span.start, end: span.end };
  if (span.quote === "") return null;
  const chars = [...source];
  const quote = [...span.quote];
  let best: number | null = null;
  for (let i = 0; i + quote.length <= chars.length; i++) {
    if (!quote.every((char, j) => chars[i + j] === char)) continue;
    if (best === null || Math.abs(i - span.start) < Math.abs(best - span.start)) best = i;
  }
  return best === null ? null : { start: best, end: best + codePointLength(span.quote) };
}
