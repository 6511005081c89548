import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A stand-in for the remote MT services, speaking their real HTTP protocols on 127.0.0.1: OpenAI's
// streamed /v1/chat/completions (SSE), DeepL's /v2/translate and /v2/glossaries, LibreTranslate's
// /translate. Tests queue failure modes; it is never a mock of Duizhao's own code.

export type FakeMode =
  | { kind: "ok" }
  /** An HTTP error with an optional Retry-After and body. */
  | { kind: "status"; status: number; retryAfter?: string; body?: string }
  /** The answer's pieces arrive delayMs apart. */
  | { kind: "slow"; delayMs: number }
  /** The stream (or body) is cut halfway, the connection destroyed. */
  | { kind: "broken" }
  /** 200 with a body that is not the protocol. */
  | { kind: "garbage" }
  /** An SSE error event after the first piece. */
  | { kind: "error-event" };

export type RecordedRequest = { path: string; headers: IncomingMessage["headers"]; body: unknown; at: number };

export type FakeProvider = {
  url: string;
  requests: RecordedRequest[];
  /** Translation requests only (not glossary creations). */
  translations(): RecordedRequest[];
  /** Modes for the next translation requests, in turn; afterwards every request succeeds. */
  queue(...modes: FakeMode[]): void;
  /** Forgets the modes not used yet. */
  clearQueue(): void;
  /** How the fake translates a source (default: "EN<source>"). */
  translate: (source: string) => string;
  glossaries: { id: string; entries: string }[];
  close(): Promise<void>;
};

const DEFAULT_TRANSLATE = (source: string) => `EN<${source}>`;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    request.setEncoding("utf8").on("data", (chunk: string) => (text += chunk)).on("end", () => resolve(text)).on("error", reject);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function pieces(text: string, size = 4): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(""));
  return out;
}

/** The paragraph of a Duizhao chat prompt (the text after "PARAGRAPH:"), else the last user message. */
function paragraphOf(body: { messages?: { role: string; content: string }[] }): string {
  const user = body.messages?.filter((message) => message.role === "user").at(-1)?.content ?? "";
  const at = user.lastIndexOf("PARAGRAPH:\n");
  return at >= 0 ? user.slice(at + "PARAGRAPH:\n".length) : user;
}

export async function startFakeProvider({ apiKey = "" }: { apiKey?: string } = {}): Promise<FakeProvider> {
  const modes: FakeMode[] = [];
  const sockets = new Set<import("node:net").Socket>();
  const fake: FakeProvider = {
    url: "",
    requests: [],
    translations: () => fake.requests.filter((request) => request.path !== "/v2/glossaries"),
    queue: (...next) => modes.push(...next),
    clearQueue: () => modes.splice(0),
    translate: DEFAULT_TRANSLATE,
    glossaries: [],
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };

  const authorized = (request: IncomingMessage, scheme: "Bearer" | "DeepL-Auth-Key") => !apiKey || request.headers.authorization === `${scheme} ${apiKey}`;

  async function answerError(response: ServerResponse, mode: FakeMode): Promise<boolean> {
    if (mode.kind === "status") {
      const headers: Record<string, string> = { "Content-Type": "application/json" };
      if (mode.retryAfter !== undefined) headers["Retry-After"] = mode.retryAfter;
      response.writeHead(mode.status, headers).end(mode.body ?? JSON.stringify({ error: { message: `fake error ${mode.status}` } }));
      return true;
    }
    if (mode.kind === "garbage") {
      response.writeHead(200, { "Content-Type": "text/html" }).end("<html>Gateway says hello</html>");
      return true;
    }
    return false;
  }

  async function chat(request: IncomingMessage, response: ServerResponse, body: Record<string, unknown>, mode: FakeMode) {
    if (!authorized(request, "Bearer")) {
      response.writeHead(401, { "Content-Type": "application/json" }).end(JSON.stringify({ error: { message: "Incorrect API key provided", type: "invalid_request_error" } }));
      return;
    }
    if (await answerError(response, mode)) return;
    const text = fake.translate(paragraphOf(body as { messages?: { role: string; content: string }[] }));
    response.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
    const chunk = (delta: Record<string, string>, finish: string | null = null) =>
      `data: ${JSON.stringify({ id: "chatcmpl-fake", object: "chat.completion.chunk", created: 0, model: body.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
    response.write(chunk({ role: "assistant" }));
    const parts = pieces(text);
    for (const [i, part] of parts.entries()) {
      if (mode.kind === "slow") await sleep(mode.delayMs);
      if (mode.kind === "broken" && i >= parts.length / 2) {
        response.socket?.destroy();
        return;
      }
      if (mode.kind === "error-event" && i === 1) {
        response.end(`event: error\ndata: ${JSON.stringify({ error: { message: "model overloaded" } })}\n\n`);
        return;
      }
      // Split each event across two writes, inside its line, as proxies do.
      const event = chunk({ content: part });
      response.write(event.slice(0, 7));
      response.write(event.slice(7));
    }
    response.write(chunk({}, "stop"));
    response.end("data: [DONE]\n\n");
  }

  async function deeplTranslate(request: IncomingMessage, response: ServerResponse, body: Record<string, unknown>, mode: FakeMode) {
    if (!authorized(request, "DeepL-Auth-Key")) {
      response.writeHead(403, { "Content-Type": "application/json" }).end(JSON.stringify({ message: "Wrong endpoint or invalid auth key" }));
      return;
    }
    if (await answerError(response, mode)) return;
    const texts = (body.text as string[] | undefined) ?? [];
    if (body.glossary_id !== undefined && !fake.glossaries.some((glossary) => glossary.id === body.glossary_id)) {
      response.writeHead(404, { "Content-Type": "application/json" }).end(JSON.stringify({ message: "Glossary not found" }));
      return;
    }
    const json = JSON.stringify({ translations: texts.map((text) => ({ detected_source_language: "ZH", text: fake.translate(text) })) });
    if (mode.kind === "broken") {
      response.writeHead(200, { "Content-Type": "application/json", "Content-Length": String(json.length) });
      response.write(json.slice(0, 5));
      response.socket?.destroy();
      return;
    }
    if (mode.kind === "slow") await sleep(mode.delayMs);
    response.writeHead(200, { "Content-Type": "application/json" }).end(json);
  }

  function deeplGlossary(request: IncomingMessage, response: ServerResponse, body: Record<string, unknown>) {
    if (!authorized(request, "DeepL-Auth-Key")) {
      response.writeHead(403, { "Content-Type": "application/json" }).end(JSON.stringify({ message: "Wrong endpoint or invalid auth key" }));
      return;
    }
    if (body.entries_format !== "tsv" || typeof body.entries !== "string" || body.source_lang !== "zh" || body.target_lang !== "en") {
      response.writeHead(400, { "Content-Type": "application/json" }).end(JSON.stringify({ message: "Bad request" }));
      return;
    }
    const id = `fake-glossary-${fake.glossaries.length + 1}`;
    fake.glossaries.push({ id, entries: body.entries });
    response.writeHead(201, { "Content-Type": "application/json" }).end(
      JSON.stringify({ glossary_id: id, name: body.name, ready: true, source_lang: "zh", target_lang: "en", creation_time: new Date().toISOString(), entry_count: body.entries.split("\n").length }),
    );
  }

  async function libre(response: ServerResponse, body: Record<string, unknown>, mode: FakeMode) {
    if (apiKey && body.api_key !== apiKey) {
      response.writeHead(403, { "Content-Type": "application/json" }).end(JSON.stringify({ error: "Invalid API key" }));
      return;
    }
    if (await answerError(response, mode)) return;
    if (mode.kind === "slow") await sleep(mode.delayMs);
    response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ translatedText: fake.translate(String(body.q ?? "")) }));
  }

  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? "/", "http://fake").pathname;
    const text = await readBody(request);
    let body: Record<string, unknown> = {};
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      response.writeHead(400).end("bad json");
      return;
    }
    fake.requests.push({ path, headers: request.headers, body, at: Date.now() });
    if (request.method !== "POST") {
      response.writeHead(405).end();
      return;
    }
    if (path === "/v2/glossaries") return deeplGlossary(request, response, body);
    const mode = modes.shift() ?? { kind: "ok" };
    if (path === "/v1/chat/completions") return chat(request, response, body, mode);
    if (path === "/v2/translate") return deeplTranslate(request, response, body, mode);
    if (path === "/translate") return libre(response, body, mode);
    response.writeHead(404, { "Content-Type": "application/json" }).end(JSON.stringify({ error: { message: "Not found" } }));
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
