import "server-only";
import type { ChatMessage } from "@/lib/core/mt/build-prompt";
import { MtProviderError, UNREADABLE, type MtSettings } from "@/lib/core/mt/mt-types";
import { createSseReader, parseChatChunk } from "@/lib/core/mt/parse-sse";
import { noAnswer, postJson, readJson } from "./provider-fetch";

/** {base}/chat/completions; a bare host gets the usual /v1. */
export function chatCompletionsUrl(baseUrl: string): string {
  const base = baseUrl.trim().replace(/\/+$/, "");
  return new URL(base).pathname === "/" || new URL(base).pathname === "" ? `${base}/v1/chat/completions` : `${base}/chat/completions`;
}

/**
 * Streams a chat completion from an OpenAI-compatible server (stream: true), calling onText with each
 * piece; resolves with the whole text. A stream cut before [DONE] or an error event throws.
 */
export async function streamChatCompletion(
  settings: MtSettings,
  messages: ChatMessage[],
  { signal, onText }: { signal?: AbortSignal; onText?: (text: string) => void },
): Promise<string> {
  const headers: Record<string, string> = settings.apiKey ? { Authorization: `Bearer ${settings.apiKey}` } : {};
  const response = await postJson(
    chatCompletionsUrl(settings.baseUrl),
    { model: settings.model, messages, temperature: settings.temperature, stream: true },
    { headers, signal, apiKey: settings.apiKey },
  );
  if (!response.body) throw new MtProviderError("The provider answered without a body", UNREADABLE);
  const type = response.headers.get("content-type") ?? "";
  // A server that ignores stream: true answers one JSON completion.
  if (type.includes("application/json")) return wholeCompletion(await readJson(response, signal, settings.apiKey), onText);
  if (!type.includes("text/event-stream")) {
    await response.body.cancel().catch(() => {});
    throw new MtProviderError(`The provider answered ${type || "an unknown type"} instead of an event stream`, UNREADABLE);
  }
  const reader = createSseReader();
  const decoder = new TextDecoder();
  let text = "";
  let done = false;
  const take = (events: ReturnType<typeof reader.feed>) => {
    for (const event of events) {
      if (done) return;
      const chunk = parseChatChunk(event);
      if (chunk.kind === "done") done = true;
      else if (chunk.kind === "text") {
        text += chunk.text;
        onText?.(chunk.text);
      }
    }
  };
  try {
    const body = response.body.getReader();
    try {
      while (!done) {
        const { value, done: ended } = await body.read();
        if (ended) break;
        take(reader.feed(decoder.decode(value, { stream: true })));
      }
    } finally {
      if (done) await body.cancel().catch(() => {});
    }
    if (!done) take(reader.feed(decoder.decode()).concat(reader.end()));
  } catch (error) {
    throw noAnswer(error, signal, settings.apiKey);
  }
  if (!done) throw new MtProviderError("The provider's stream ended before [DONE]", 0);
  if (text.trim() === "") throw new MtProviderError("The provider answered with an empty translation", UNREADABLE);
  return text.trim();
}

function wholeCompletion(json: unknown, onText: ((text: string) => void) | undefined): string {
  const chunk = parseChatChunk({ event: "message", data: JSON.stringify(json) });
  if (chunk.kind !== "text" || chunk.text.trim() === "") throw new MtProviderError("The provider answered with an empty translation", UNREADABLE);
  onText?.(chunk.text);
  return chunk.text.trim();
}
