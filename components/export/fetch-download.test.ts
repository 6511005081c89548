import { describe, expect, it, vi } from "vitest";
import { contentDisposition } from "@/lib/core/formats/file-name";
import { fetchDownload } from "./fetch-download";

const answer = (response: Response | Error) => vi.fn(async () => (response instanceof Error ? Promise.reject(response) : response)) as unknown as typeof fetch;

describe("fetchDownload", () => {
  it("saves the file under the name the server gives", async () => {
    const save = vi.fn();
    const fetchImpl = answer(new Response(new Uint8Array([80, 75, 3, 4]), { headers: { "Content-Type": "application/zip", "Content-Disposition": contentDisposition("對照 2026.zip") } }));
    const result = await fetchDownload("/api/export?id=1&format=tmx", { fallbackName: "export.zip", save, fetchImpl });
    expect(result).toEqual({ ok: true, fileName: "對照 2026.zip" });
    expect(save).toHaveBeenCalledOnce();
    const [blob, name] = save.mock.calls[0];
    expect(name).toBe("對照 2026.zip");
    expect(new Uint8Array(await (blob as Blob).arrayBuffer())).toEqual(new Uint8Array([80, 75, 3, 4]));
  });

  it("falls back to the given name without a Content-Disposition", async () => {
    const save = vi.fn();
    const result = await fetchDownload("/x", { fallbackName: "export.zip", save, fetchImpl: answer(new Response("zip")) });
    expect(result).toEqual({ ok: true, fileName: "export.zip" });
  });

  it.each([
    [Response.json({ code: "INVALID_INPUT" }, { status: 400 }), "INVALID_INPUT"],
    [Response.json({ code: "NOT_FOUND" }, { status: 404 }), "NOT_FOUND"],
    // A code the app does not know, a body that is not JSON, no body at all: the generic message.
    [Response.json({ code: "<script>" }, { status: 400 }), "UNEXPECTED"],
    [new Response("<html>Internal Server Error</html>", { status: 500, headers: { "Content-Type": "text/html" } }), "UNEXPECTED"],
    [new Response(null, { status: 502 }), "UNEXPECTED"],
  ])("an error answer is a code to show, nothing is saved (%#)", async (response, code) => {
    const save = vi.fn();
    expect(await fetchDownload("/x", { fallbackName: "export.zip", save, fetchImpl: answer(response) })).toEqual({ ok: false, code });
    expect(save).not.toHaveBeenCalled();
  });

  it("a request that fails (no network) is REQUEST_FAILED", async () => {
    const save = vi.fn();
    expect(await fetchDownload("/x", { fallbackName: "export.zip", save, fetchImpl: answer(new TypeError("Failed to fetch")) })).toEqual({ ok: false, code: "REQUEST_FAILED" });
    expect(save).not.toHaveBeenCalled();
  });
});
