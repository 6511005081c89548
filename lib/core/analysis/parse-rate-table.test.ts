import { describe, expect, it } from "vitest";
import { DEFAULT_RATES } from "./quote";
import { parseRateTable, type RateTableInput } from "./parse-rate-table";

const input = (change: Partial<RateTableInput> = {}): RateTableInput => ({
  ratePerHan: "0.08",
  currency: "usd",
  weights: { repetition: "30", "100": "30", "95-99": "60", "85-94": "70", "75-84": "100", "50-74": "100", none: "100" },
  ...change,
});

describe("parseRateTable", () => {
  it("reads a form's rate table: numbers as typed, a decimal comma, the currency in capitals", () => {
    expect(parseRateTable(input())).toEqual({ ok: true, rates: { ...DEFAULT_RATES, currency: "USD" } });
    expect(parseRateTable(input({ ratePerHan: " 0,5 ", currency: " cny" }))).toMatchObject({ ok: true, rates: { ratePerHan: 0.5, currency: "CNY" } });
    expect(parseRateTable(input({ ratePerHan: 0 }))).toMatchObject({ ok: true, rates: { ratePerHan: 0 } });
    expect(parseRateTable({ ...input(), weights: { ...input().weights, none: "0", "100": "12.5" } })).toMatchObject({ ok: true, rates: { weights: { none: 0, "100": 12.5 } } });
  });

  it.each([["-1"], [""], ["abc"], ["1e3"], ["Infinity"], [Number.NaN], [-0.01], ["1000001"], ["0x10"], ["1,000.5"]])("refuses the rate %s", (ratePerHan) => {
    expect(parseRateTable(input({ ratePerHan }))).toEqual({ ok: false, field: "rate" });
  });

  it.each([["-5"], ["101"], [""], ["ten"]])("refuses the weight %s and names its band", (weight) => {
    expect(parseRateTable({ ...input(), weights: { ...input().weights, "85-94": weight } })).toEqual({ ok: false, field: "weight", band: "85-94" });
  });

  it.each([[""], ["US"], ["US$"], ["EURO"], ["人民币"], ["12A"]])("refuses the currency %s", (currency) => {
    expect(parseRateTable(input({ currency }))).toEqual({ ok: false, field: "currency" });
  });
});
