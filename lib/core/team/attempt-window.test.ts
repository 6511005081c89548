import { describe, expect, it } from "vitest";
import { decideAttempt } from "./attempt-window";

const rule = { max: 3, windowMs: 60_000 };

describe("decideAttempt", () => {
  it("allows max attempts in a window, then refuses until the window ends", () => {
    let window = null;
    for (let i = 0; i < 3; i++) {
      const verdict = decideAttempt(window, 1_000 + i, rule);
      expect(verdict.allowed).toBe(true);
      if (verdict.allowed) window = verdict.next;
    }
    expect(decideAttempt(window, 31_000, rule)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(decideAttempt(window, 61_000, rule)).toEqual({ allowed: true, next: { count: 1, startedAt: 61_000 } });
  });
});
