// Who wrote a draft a batch filled: a memory match with its score ("tm:87"), or a repetition of a
// paragraph the translator confirmed. A person's save clears the origin (saveSegmentTarget).

/** The origin of a draft filled from a memory match of `score` percent. */
export const tmOrigin = (score: number): string => `tm:${Math.round(score)}`;

/** The score of a memory draft ("tm:87" → 87), or null for any other origin. */
export function tmScoreOf(origin: string | undefined | null): number | null {
  const match = /^tm:(\d{1,3})$/.exec(origin ?? "");
  return match ? Number(match[1]) : null;
}

/** The origin of a draft filled as a repetition of a confirmed paragraph. */
export const REPETITION_ORIGIN = "repetition";

/** Which drafts a batch status change may be limited to, by origin. */
export const ORIGIN_FILTERS = ["any", "tm", "mt", "repetition"] as const;
export type OriginFilter = (typeof ORIGIN_FILTERS)[number];

/** Whether a paragraph's origin is one the filter takes. */
export function originMatches(filter: OriginFilter, origin: string | undefined | null): boolean {
  if (filter === "any") return true;
  if (filter === "repetition") return origin === REPETITION_ORIGIN;
  return (origin ?? "").startsWith(`${filter}:`);
}

/** The statuses a batch may set: "untranslated" is what an empty paragraph is, not a choice. */
export const BATCH_STATUSES = ["draft", "translated", "reviewed"] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/** Fuzzy pre-translation thresholds offered, and the lowest a translator may type. */
export const PRE_TRANSLATE_THRESHOLDS = [100, 95, 85, 75] as const;
export const MIN_PRE_TRANSLATE_THRESHOLD = 50;
