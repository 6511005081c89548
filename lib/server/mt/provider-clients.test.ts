import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { MtSettings } from "@/lib/core/mt/mt-types";
import { startFakeProvider, type FakeProvider } from "@/test-support/fake-mt-provider";
import { chatCompletionsUrl, streamChatCompletion } from "./openai-client";
import { redact } from "./provider-fetch";
import { translateParagraph } from "./translate-paragraph";

const KEY = "sk-client-SECRET-1618";
let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider({ apiKey: KEY });
});
afterAll(() => fake.close());

const settings = (): MtSettings => ({ provider: "openai", baseUrl: `${fake.url}/v1`, apiKey: KEY, model: "clients", temperature: 0, maxConcurrent: 1, sourceScript: "original" });
const sent = (source: string) => ({ source, terms: [], annotations: [], previous: "", next: "", styleNote: "" });

describe("provider clients", () => {
  it("finds /chat/completions under a base URL with or without /v1", () => {
    expect(chatCompletionsUrl("https://api.openai.com/v1/")).toBe("https://api.openai.com/v1/chat/completions");
    expect(chatCompletionsUrl("http://localhost:11434")).toBe("http://localhost:11434/v1/chat/completions");
  });

  it("honours a Retry-After given as an HTTP date", async () => {
    fake.queue({ kind: "status", status: 503, retryAfter: new Date(Date.now() + 1500).toUTCString() });
    const waits: number[] = [];
    const text = await translateParagraph(settings(), sent("日期重试。"), "hans", { onRetry: (wait) => waits.push(wait) });
    expect(text).toBe("EN<日期重试。>");
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits[0]).toBeLessThanOrEqual(1500);
  });

  it("does not retry a 400, and keeps the key out of the message even when the provider echoes it", async () => {
    fake.queue({ kind: "status", status: 400, body: JSON.stringify({ error: { message: `bad request for key ${KEY}` } }) });
    const before = fake.translations().length;
    const error = await translateParagraph(settings(), sent("回显密钥。"), "hans").catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 400, message: "HTTP 400: bad request for key ***" });
    expect(fake.translations().length).toBe(before + 1);
    expect(redact(`a ${KEY} b ${KEY}`, KEY)).toBe("a *** b ***");
  });

  it("never logs the key: no console output at all on a failing provider", async () => {
    const spies = [vi.spyOn(console, "error"), vi.spyOn(console, "log"), vi.spyOn(console, "warn")];
    fake.queue({ kind: "status", status: 401, body: JSON.stringify({ error: { message: KEY } }) });
    await translateParagraph(settings(), sent("日志。"), "hans").catch(() => {});
    for (const spy of spies) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  });

  it("reads a whole JSON completion from a server that ignores stream: true", async () => {
    const { createServer } = await import("node:http");
    const server = createServer((_, response) => {
      response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ choices: [{ index: 0, message: { role: "assistant", content: " Whole. " } }] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    try {
      expect(await streamChatCompletion({ ...settings(), baseUrl: `http://127.0.0.1:${port}/v1` }, [], {})).toBe("Whole.");
    } finally {
      server.close();
    }
  });
});
