import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY, isRetryable, parseRetryAfter, retryDelay } from "./retry-policy";

describe("retry policy", () => {
  it("retries 429, 5xx and no answer, never another 4xx or garbage", () => {
    expect([429, 500, 502, 503, 0].every(isRetryable)).toBe(true);
    expect([400, 401, 403, 404, 413, -1].some(isRetryable)).toBe(false);
    expect(retryDelay(1, { status: 401, retryAfter: "1" })).toBeNull();
  });

  it("honours Retry-After in seconds or as an HTTP date, capped", () => {
    const now = Date.parse("2026-12-02T10:00:00Z");
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter("Wed, 02 Dec 2026 10:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("Wed, 02 Dec 2026 09:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(retryDelay(1, { status: 429, retryAfter: "2" }, { now })).toBe(2000);
    expect(retryDelay(1, { status: 503, retryAfter: "86400" }, { now })).toBe(DEFAULT_RETRY.maxRetryAfterMs);
  });

  it("backs off exponentially with jitter between half and all of the ceiling, and gives up after the last attempt", () => {
    const low = (attempt: number) => retryDelay(attempt, { status: 500, retryAfter: null }, { random: () => 0 });
    const high = (attempt: number) => retryDelay(attempt, { status: 500, retryAfter: null }, { random: () => 1 });
    expect([low(1), high(1), low(2), high(2), high(3)]).toEqual([250, 500, 500, 1000, 2000]);
    expect(retryDelay(DEFAULT_RETRY.maxAttempts, { status: 500, retryAfter: null })).toBeNull();
    expect(high(4)! <= DEFAULT_RETRY.capMs).toBe(true);
  });
});
