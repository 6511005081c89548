import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainError } from "@/lib/core/errors";
import { defineRead } from "./define-read";

const context = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });
const ZQuery = z.object({ id: z.coerce.number().int().positive(), text: z.string().min(1) });

describe("defineRead", () => {
  it("validates the query and the route's parameters together and answers the data as JSON", async () => {
    const GET = defineRead("echo", ZQuery, async ({ id, text }) => ({ id, text }));
    const response = await GET(new Request("http://localhost/api/x/7?text=%E9%9A%A8%E5%B7%9E"), context({ id: "7" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await response.json()).toEqual({ ok: true, data: { id: 7, text: "隨州" } });
  });

  it("answers 400 INVALID_INPUT for a bad query, 404 for NOT_FOUND", async () => {
    const GET = defineRead("missing", ZQuery, async () => {
      throw new DomainError("NOT_FOUND");
    });
    const bad = await GET(new Request("http://localhost/api/x/abc"), context({ id: "abc" }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const missing = await GET(new Request("http://localhost/api/x/1?text=a"), context({ id: "1" }));
    expect(missing.status).toBe(404);
  });

  it("lets a read of fixed data be cached by the browser", async () => {
    const GET = defineRead("fixed", z.object({ text: z.string() }), async ({ text }) => text.length, { maxAgeSeconds: 3600 });
    const response = await GET(new Request("http://localhost/api/x?text=abc"), context());
    expect(response.headers.get("Cache-Control")).toBe("private, max-age=3600");
  });
});
