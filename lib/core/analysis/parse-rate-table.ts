import { MATCH_BANDS, type MatchBand } from "./match-bands";
import type { RateTable } from "./quote";

/** The largest rate per Han character accepted: far above any real price, small enough to stay exact. */
export const MAX_RATE = 1_000_000;
/** Weights are the percentage of the full rate a band pays. */
export const MAX_WEIGHT = 100;

/** A rate table as a form sends it: numbers as typed (a decimal comma is read as a point). */
export type RateTableInput = { ratePerHan: string | number; currency: string; weights: Record<MatchBand, string | number> };

/** Which part of a rate table is wrong: the rate, a band's weight, or the currency. */
export type RateTableProblem = { field: "rate" } | { field: "weight"; band: MatchBand } | { field: "currency" };

export type ParsedRateTable = { ok: true; rates: RateTable } | ({ ok: false } & RateTableProblem);

function numberOf(value: string | number): number {
  if (typeof value === "number") return value;
  const text = value.trim().replace(/^(\d*),(\d+)$/, "$1.$2");
  return /^\d*\.?\d+$|^\d+\.$/.test(text) ? Number(text) : Number.NaN;
}

const isIn = (value: number, max: number) => Number.isFinite(value) && value >= 0 && value <= max;

/** A rate table checked: a rate of 0 to MAX_RATE, each weight 0 to 100 %, a three-letter currency code (made upper case). */
export function parseRateTable(input: RateTableInput): ParsedRateTable {
  const ratePerHan = numberOf(input.ratePerHan);
  if (!isIn(ratePerHan, MAX_RATE)) return { ok: false, field: "rate" };
  const weights = {} as Record<MatchBand, number>;
  for (const band of MATCH_BANDS) {
    const weight = numberOf(input.weights[band] ?? "");
    if (!isIn(weight, MAX_WEIGHT)) return { ok: false, field: "weight", band };
    weights[band] = weight;
  }
  const currency = input.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) return { ok: false, field: "currency" };
  return { ok: true, rates: { ratePerHan, currency, weights } };
}
