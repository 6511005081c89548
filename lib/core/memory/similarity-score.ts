import { distance } from "fastest-levenshtein";

// Fuzzy scores compare memory keys (normalizeForMemory) character by character. Lengths are UTF-16
// units, as fastest-levenshtein counts them: the same as code points for every BMP character, which
// is all but the rarest ideographs.

/** 0–100: 100 × (1 − Levenshtein distance / longer length), rounded down; 100 only for identical keys. */
export function similarityScore(a: string, b: string): number {
  if (a === b) return 100;
  const longer = Math.max(a.length, b.length);
  // Integer arithmetic, so that 7 edits in 10 is 30 and not 29.999….
  return Math.floor((100 * (longer - distance(a, b))) / longer);
}

/**
 * The lengths a key may have to reach `minScore` against a key of `length`: a distance is at least the
 * length difference, so the shorter must be at least minScore% of the longer.
 */
export function lengthBounds(length: number, minScore: number): { min: number; max: number } {
  if (minScore <= 0) return { min: 0, max: Infinity };
  return { min: Math.ceil((length * minScore) / 100), max: Math.floor((length * 100) / minScore) };
}

/** The most edits a pair of keys whose longer one has `longer` characters may need to score `minScore`. */
export function maxDistance(longer: number, minScore: number): number {
  return Math.floor((longer * (100 - minScore)) / 100);
}
