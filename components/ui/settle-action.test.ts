import { describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/core/action-result";
import { settleActions } from "./settle-action";

describe("settleActions", () => {
  it("passes answers through and turns a failed request into REQUEST_FAILED, for every action", async () => {
    const actions = settleActions({
      answer: async (input: { n: number }): Promise<ActionResult<number>> => ({ ok: true, data: input.n + 1 }),
      refuse: async (): Promise<ActionResult<null>> => ({ ok: false, code: "NOT_FOUND" }),
      lose: async (): Promise<ActionResult<null>> => {
        throw new TypeError("Failed to fetch");
      },
    });
    await expect(actions.answer({ n: 1 })).resolves.toEqual({ ok: true, data: 2 });
    await expect(actions.refuse()).resolves.toEqual({ ok: false, code: "NOT_FOUND" });
    await expect(actions.lose()).resolves.toEqual({ ok: false, code: "REQUEST_FAILED" });
  });
});
