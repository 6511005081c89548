// A number found in a paragraph, on either side. Spans here are UTF-16 indices into the text the
// extractor was given (half-open [start, end)); findings convert them to code points.

/** A half-open [start, end) range of UTF-16 indices. */
export type Span = { start: number; end: number };

export type NumberKind = "cardinal" | "ordinal" | "percent" | "year";

export type NumberMention = Span & {
  value: number;
  /** The text as written: "1.56萬", "twenty-one". */
  text: string;
  kind: NumberKind;
  /** Written as an approximation (2萬余, 近800萬, "more than 20,000"): matched with a tolerance. */
  approx: boolean;
  /** May go unmatched without a warning: 一 and "one" are as often "a" as a number. */
  optional: boolean;
};

/** Whether [start, end) overlaps one of the spans. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => start < span.end && span.start < end);
}

/** A value rounded off its floating point noise: 1.56 × 10000 is 15600, not 15600.000000000002. */
export function cleanValue(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** "15,600", "8,000,000", "1.5" — a value as it reads in English digits. */
export function formatNumber(value: number): string {
  const [whole, fraction] = String(cleanValue(value)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction ? `${grouped}.${fraction}` : grouped;
}
