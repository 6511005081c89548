import { countCharacters, countHan } from "./count-text";
import { bandOf, MATCH_BANDS, type MatchBand } from "./match-bands";

export type BandTally = { segments: number; han: number; characters: number };
export type MatchAnalysis = { bands: Record<MatchBand, BandTally>; total: BandTally };

type Options = {
  /** The text as the memory compares it (script, width and white space normalised): equal keys are repetitions. */
  keyOf: (text: string) => string;
  /** The best memory score (0–100) of a segment, given its key; 0 when the memory has nothing near. */
  bestScore: (key: string) => number;
};

const emptyTally = (): BandTally => ({ segments: 0, han: 0, characters: 0 });

/**
 * Match analysis of a job's segments (paragraphs or sentences, in document order) as CAT tools report
 * it: a segment identical to an earlier one of the job (after normalisation, so in any script) is a
 * repetition; any other falls in the band of its best memory match. Segments with no text are left out.
 */
export function analyzeMatches(segments: Iterable<string>, { keyOf, bestScore }: Options): MatchAnalysis {
  const bands = Object.fromEntries(MATCH_BANDS.map((band) => [band, emptyTally()])) as Record<MatchBand, BandTally>;
  const total = emptyTally();
  const seen = new Set<string>();
  for (const text of segments) {
    const key = keyOf(text);
    if (key === "") continue;
    const band: MatchBand = seen.has(key) ? "repetition" : bandOf(bestScore(key));
    seen.add(key);
    const tally = { segments: 1, han: countHan(text), characters: countCharacters(text) };
    for (const into of [bands[band], total]) {
      into.segments += tally.segments;
      into.han += tally.han;
      into.characters += tally.characters;
    }
  }
  return { bands, total };
}
