import "server-only";
import { parseRateTable, type RateTableInput } from "@/lib/core/analysis/parse-rate-table";
import { DEFAULT_RATES, type RateTable } from "@/lib/core/analysis/quote";
import { DomainError } from "@/lib/core/errors";
import { z } from "zod";
import { MATCH_BANDS } from "@/lib/core/analysis/match-bands";
import { prisma } from "./db";

// Numbers come as the form's text (checked by parseRateTable, so that each mistake gets its own message).
const ZNumberText = z.union([z.string().max(40), z.number()]);

/** What the rate table form sends. */
export const ZRateTableInput = z.object({
  ratePerHan: ZNumberText,
  currency: z.string().max(20),
  weights: z.record(z.enum(MATCH_BANDS), ZNumberText),
});

const KEY = "analysisRates";

/** The rate table quotes are priced with: the one saved, else the defaults (also when the stored row is damaged). */
export async function readRateTable(): Promise<RateTable> {
  const row = await prisma.setting.findUnique({ where: { key: KEY }, select: { value: true } });
  if (!row) return DEFAULT_RATES;
  try {
    const stored = JSON.parse(row.value) as RateTableInput;
    const parsed = parseRateTable({ ...stored, weights: { ...DEFAULT_RATES.weights, ...stored.weights } });
    return parsed.ok ? parsed.rates : DEFAULT_RATES;
  } catch {
    return DEFAULT_RATES;
  }
}

/** Saves a rate table after checking it; INVALID_RATES (params: field) changes nothing. */
export async function saveRateTable(input: RateTableInput): Promise<RateTable> {
  const parsed = parseRateTable(input);
  if (!parsed.ok) throw new DomainError("INVALID_RATES", { field: parsed.field });
  const value = JSON.stringify(parsed.rates);
  await prisma.setting.upsert({ where: { key: KEY }, create: { key: KEY, value }, update: { value } });
  return parsed.rates;
}
