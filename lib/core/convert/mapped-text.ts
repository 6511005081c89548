// A text derived from a source (a script view, a match key) with, for each of its code points, the
// source range it came from. Offsets are code points, half-open [start, end). A phrase conversion
// that changes length maps every character it produced to the whole source phrase.

export type MappedText = {
  /** The derived text's code points. */
  chars: string[];
  /** Per derived code point: where its source range starts. */
  from: number[];
  /** Per derived code point: where its source range ends. */
  to: number[];
  /** Length of the source in code points. */
  sourceLength: number;
};

/** The text itself, each code point mapped to itself. */
export function identityMapped(text: string): MappedText {
  const chars = [...text];
  const positions = chars.map((_, i) => i);
  return { chars, from: positions, to: positions.map((i) => i + 1), sourceLength: chars.length };
}

/** The derived text as a string. */
export function mappedString(mapped: MappedText): string {
  return mapped.chars.join("");
}

/** Where a source range [start, end) is drawn in the derived text, widened to whole converted phrases. */
export function toViewRange(mapped: MappedText, start: number, end: number): [number, number] {
  const { from, to } = mapped;
  let viewStart = 0;
  while (viewStart < to.length && to[viewStart] <= start) viewStart++;
  let viewEnd = viewStart;
  while (viewEnd < from.length && from[viewEnd] < end) viewEnd++;
  return [viewStart, Math.max(viewStart, viewEnd)];
}

/** The source offset of a derived offset; inside a length-changing phrase it is the phrase's start. */
export function toSourceOffset(mapped: MappedText, viewOffset: number): number {
  if (viewOffset <= 0) return 0;
  if (viewOffset >= mapped.chars.length) return mapped.sourceLength;
  return mapped.from[viewOffset];
}
