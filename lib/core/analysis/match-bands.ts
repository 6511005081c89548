/** The match bands of an analysis, as CAT tools report them, best first. */
export const MATCH_BANDS = ["repetition", "100", "95-99", "85-94", "75-84", "50-74", "none"] as const;
export type MatchBand = (typeof MATCH_BANDS)[number];

/** The band of a best memory score (0–100; below 50 is no match). */
export function bandOf(score: number): Exclude<MatchBand, "repetition"> {
  if (score >= 100) return "100";
  if (score >= 95) return "95-99";
  if (score >= 85) return "85-94";
  if (score >= 75) return "75-84";
  if (score >= 50) return "50-74";
  return "none";
}

/** The lowest score a lookup must ask for so that every band is found. */
export const LOWEST_BAND_SCORE = 50;
