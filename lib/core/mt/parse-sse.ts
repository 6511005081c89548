import { MtProviderError, UNREADABLE } from "./mt-types";

export type SseEvent = { event: string; data: string };

/**
 * An incremental reader of server-sent events: feed it the text as it arrives, in pieces cut anywhere
 * (inside a line, between \r and \n); it returns the events completed so far.
 */
export function createSseReader(): { feed(text: string): SseEvent[]; end(): SseEvent[] } {
  let buffer = "";
  let event = "";
  let data: string[] = [];
  const flush = (out: SseEvent[]) => {
    if (data.length) out.push({ event: event || "message", data: data.join("\n") });
    event = "";
    data = [];
  };
  const take = (line: string, out: SseEvent[]) => {
    if (line === "") return flush(out);
    if (line.startsWith(":")) return;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "data") data.push(value);
    else if (field === "event") event = value;
  };
  return {
    feed(text) {
      buffer += text;
      const out: SseEvent[] = [];
      // A trailing \r may be the first half of \r\n: wait for the next piece.
      const lines = buffer.split(/\r\n|\n|\r(?!$)/);
      buffer = lines.pop() ?? "";
      for (const line of lines) take(line, out);
      return out;
    },
    end() {
      const out: SseEvent[] = [];
      if (buffer !== "") take(buffer.replace(/\r$/, ""), out);
      buffer = "";
      flush(out);
      return out;
    },
  };
}

export type ChatChunk = { kind: "text"; text: string } | { kind: "done" } | { kind: "none" };

function errorMessage(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "message" in value && typeof value.message === "string") return value.message;
  return JSON.stringify(value);
}

/**
 * One event of an OpenAI-style chat completion stream: a piece of text, the end ([DONE]), or nothing
 * (a role-only delta, a keep-alive). An error event or a body that is not a chunk throws.
 */
export function parseChatChunk({ event, data }: SseEvent): ChatChunk {
  if (data.trim() === "[DONE]") return { kind: "done" };
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    throw new MtProviderError(`The provider sent something that is not a completion chunk: ${data.slice(0, 120)}`, UNREADABLE);
  }
  if (event === "error" || (json && typeof json === "object" && "error" in json)) {
    const error = json && typeof json === "object" && "error" in json ? json.error : json;
    throw new MtProviderError(`The provider reported an error: ${errorMessage(error)}`, 0);
  }
  const choices = json && typeof json === "object" && "choices" in json && Array.isArray(json.choices) ? json.choices : null;
  if (!choices) throw new MtProviderError(`The provider sent something that is not a completion chunk: ${data.slice(0, 120)}`, UNREADABLE);
  const content = choices[0]?.delta?.content ?? choices[0]?.message?.content;
  return typeof content === "string" && content !== "" ? { kind: "text", text: content } : { kind: "none" };
}
