import { DomainError } from "../errors";
import type { SegmentStatus } from "../model";
import { codePointLength, sliceCodePoints } from "../text/code-points";
import { SENTENCE_ENDS } from "../text/char-classes";

export type SegmentParts = { source: string; target: string; status: SegmentStatus };

/** An annotation's place in its segment's source: code points, half-open [start, end). */
export type AnnotationSpan = { id: number; start: number; end: number };

export type SplitPlan = {
  first: SegmentParts;
  second: SegmentParts;
  /** Annotations that move to the second part, with offsets into its source. */
  moved: AnnotationSpan[];
};

// A part whose translation no longer covers the same source must be looked at again.
const partStatus = (target: string): SegmentStatus => (target === "" ? "untranslated" : "draft");

/**
 * Splits a paragraph's source at `at` (code points). The translation stays with the first part
 * unless `targetAt` marks where it splits too. Annotations after the split move to the second part;
 * a split inside an annotation is refused so that no annotation is cut in two.
 */
export function planSplit(
  segment: SegmentParts & { annotations: AnnotationSpan[] },
  { at, targetAt = null }: { at: number; targetAt?: number | null },
): SplitPlan {
  const length = codePointLength(segment.source);
  if (!Number.isInteger(at) || at <= 0 || at >= length) throw new DomainError("INVALID_SPLIT");
  if (segment.annotations.some((a) => a.start < at && a.end > at)) throw new DomainError("SPLIT_INSIDE_ANNOTATION");
  const cut = targetAt === null ? codePointLength(segment.target) : Math.max(0, Math.min(targetAt, codePointLength(segment.target)));
  const firstTarget = sliceCodePoints(segment.target, 0, cut).trimEnd();
  const secondTarget = sliceCodePoints(segment.target, cut).trim();
  return {
    first: { source: sliceCodePoints(segment.source, 0, at), target: firstTarget, status: partStatus(firstTarget) },
    second: { source: sliceCodePoints(segment.source, at), target: secondTarget, status: partStatus(secondTarget) },
    moved: segment.annotations.filter((a) => a.start >= at).map((a) => ({ id: a.id, start: a.start - at, end: a.end - at })),
  };
}

const SENTENCE_END = new RegExp(`[${SENTENCE_ENDS}；;]`, "u");

/** Where to offer a split when the translator did not point: after the sentence end nearest the middle. */
export function suggestSplitOffset(source: string): number {
  const chars = [...source];
  if (chars.length < 2) return 1;
  const middle = chars.length / 2;
  let best = Math.floor(middle);
  let bestDistance = Infinity;
  chars.forEach((char, i) => {
    const after = i + 1;
    if (!SENTENCE_END.test(char) || after >= chars.length) return;
    if (Math.abs(after - middle) < bestDistance) [best, bestDistance] = [after, Math.abs(after - middle)];
  });
  return Math.max(1, Math.min(best, chars.length - 1));
}
