import { describe, expect, it } from "vitest";
import { callReporting } from "./kept-texts";
import type { SaveState } from "./save-state";

describe("callReporting", () => {
  it("a session that ended is reported as signed out and tried again, not given up", async () => {
    const reported: SaveState[] = [];
    const call = callReporting((state) => reported.push(state));
    await expect(call(async () => ({ ok: false, code: "UNAUTHENTICATED" }))).resolves.toEqual({ ok: false, outcome: "retry" });
    expect(reported).toEqual(["signedOut"]);
  });

  it("keeps offline for failed requests and failed for final codes", async () => {
    const reported: SaveState[] = [];
    const call = callReporting((state) => reported.push(state));
    await call(async () => Promise.reject(new Error("network")));
    await call(async () => ({ ok: false, code: "NOT_FOUND" }));
    expect(reported).toEqual(["offline", "failed"]);
  });
});
