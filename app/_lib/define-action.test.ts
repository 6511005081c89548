import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { DomainError } from "@/lib/core/errors";
import { defineAction } from "./define-action";

const ZInput = z.object({ id: z.number().int().positive() });

describe("defineAction", () => {
  afterEach(() => vi.restoreAllMocks());

  it("hands the handler the validated input and returns its data", async () => {
    const action = defineAction("double", ZInput, async ({ id }) => id * 2);
    await expect(action({ id: 21 })).resolves.toEqual({ ok: true, data: 42 });
  });

  it("refuses input the schema does not accept without running the handler", async () => {
    const handler = vi.fn(async () => null);
    const action = defineAction("refuse", ZInput, handler);
    await expect(action({ id: -1 })).resolves.toMatchObject({ ok: false, code: "INVALID_INPUT" });
    await expect((action as (input: unknown) => Promise<unknown>)({ id: "1; DROP TABLE" })).resolves.toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("turns a domain error into its code and params", async () => {
    const action = defineAction("missing", ZInput, async () => {
      throw new DomainError("FILE_TOO_LARGE", { limitMb: 32 });
    });
    await expect(action({ id: 1 })).resolves.toEqual({ ok: false, code: "FILE_TOO_LARGE", params: { limitMb: 32 } });
  });

  it("logs an unexpected error under the action's name and answers UNEXPECTED", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const action = defineAction("brokenAction", ZInput, async () => {
      throw new Error("disk on fire");
    });
    await expect(action({ id: 1 })).resolves.toEqual({ ok: false, code: "UNEXPECTED" });
    expect(log).toHaveBeenCalledWith("[brokenAction] unexpected error", expect.any(Error));
  });
});
