import type { MatchAnalysis } from "./analyze-matches";
import { MATCH_BANDS, type MatchBand } from "./match-bands";

/** What a job is priced at: a rate per Han character, and how much of it each band pays (percent). */
export type RateTable = { currency: string; ratePerHan: number; weights: Record<MatchBand, number> };

export const DEFAULT_RATES: RateTable = {
  currency: "USD",
  ratePerHan: 0.08,
  weights: { repetition: 30, "100": 30, "95-99": 60, "85-94": 70, "75-84": 100, "50-74": 100, none: 100 },
};

export type QuoteLine = { band: MatchBand; han: number; weight: number; weightedHan: number; amount: number };
export type Quote = { lines: QuoteLine[]; weightedHan: number; amount: number; currency: string };

/** The weighted count and the price of an analysed job. Amounts are rounded to cents only in the total. */
export function quoteOf(analysis: MatchAnalysis, rates: RateTable): Quote {
  const lines = MATCH_BANDS.map((band) => {
    const { han } = analysis.bands[band];
    const weight = rates.weights[band];
    const weightedHan = (han * weight) / 100;
    return { band, han, weight, weightedHan, amount: weightedHan * rates.ratePerHan };
  });
  const weightedHan = lines.reduce((sum, line) => sum + line.weightedHan, 0);
  return { lines, weightedHan, amount: Math.round(weightedHan * rates.ratePerHan * 100) / 100, currency: rates.currency };
}
