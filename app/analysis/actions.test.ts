import { describe, expect, it } from "vitest";
import { DEFAULT_RATES } from "@/lib/core/analysis/quote";
import { readRateTable } from "@/lib/server/analysis-rates";
import { saveRateTableAction } from "./actions";

const weights = { repetition: "25", "100": "30", "95-99": "60", "85-94": "70", "75-84": "90", "50-74": "100", none: "100" };

describe("saveRateTableAction", () => {
  it("saves a valid rate table, and refuses a bad one with a code naming the field, changing nothing", async () => {
    expect(await readRateTable()).toEqual(DEFAULT_RATES);
    const saved = await saveRateTableAction({ ratePerHan: "0.12", currency: "eur", weights });
    expect(saved).toEqual({ ok: true, data: { ratePerHan: 0.12, currency: "EUR", weights: { ...DEFAULT_RATES.weights, repetition: 25, "75-84": 90 } } });
    const kept = await readRateTable();
    expect(kept).toMatchObject({ ratePerHan: 0.12, currency: "EUR" });

    expect(await saveRateTableAction({ ratePerHan: "-1", currency: "EUR", weights })).toEqual({ ok: false, code: "INVALID_RATES", params: { field: "rate" } });
    expect(await saveRateTableAction({ ratePerHan: "0.1", currency: "EUR", weights: { ...weights, none: "150" } })).toEqual({ ok: false, code: "INVALID_RATES", params: { field: "weight" } });
    expect(await saveRateTableAction({ ratePerHan: "0.1", currency: "€", weights })).toEqual({ ok: false, code: "INVALID_RATES", params: { field: "currency" } });
    const malformed = saveRateTableAction as (input: unknown) => Promise<unknown>;
    expect(await malformed({ ratePerHan: "0.1", currency: "EUR", weights: { none: "100" } })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await malformed({ ratePerHan: { toString: "1" }, currency: "EUR", weights })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await readRateTable()).toEqual(kept);
  });
});
