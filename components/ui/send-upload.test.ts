import { redirect } from "next/navigation";
import { describe, expect, it, vi } from "vitest";
import { MAX_BILINGUAL_BYTES } from "@/lib/core/limits";
import { sendUpload } from "./send-upload";
import { settleAction } from "./settle-action";

const formWith = (bytes: number) => {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], "memory.tmx"));
  return form;
};

describe("sendUpload", () => {
  it("refuses a file one byte over MAX_BILINGUAL_BYTES without calling the action, and sends one at the limit", async () => {
    const action = vi.fn(async () => ({ ok: true as const, data: 1 }));
    expect(await sendUpload(formWith(MAX_BILINGUAL_BYTES + 1), action)).toEqual({ ok: false, code: "FILE_TOO_LARGE", params: { limitMb: 32 } });
    expect(action).not.toHaveBeenCalled();
    expect(await sendUpload(formWith(MAX_BILINGUAL_BYTES), action)).toEqual({ ok: true, data: 1 });
  });
});

describe("settleAction", () => {
  it("turns a rejected request (a 413, no network) into REQUEST_FAILED", async () => {
    expect(await settleAction(Promise.reject(new TypeError("Failed to fetch")))).toEqual({ ok: false, code: "REQUEST_FAILED" });
  });

  it("lets Next's redirect through", async () => {
    const redirected = (async () => redirect("/documents/1"))();
    await expect(settleAction(redirected)).rejects.toThrow("NEXT_REDIRECT");
  });
});
