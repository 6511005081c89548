import { describe, expect, it } from "vitest";
import { MtProviderError } from "./mt-types";
import { createSseReader, parseChatChunk } from "./parse-sse";

const chunk = (content: string) => `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content } }] })}\n\n`;

describe("createSseReader", () => {
  it("reads events cut anywhere, \\r\\n split between pieces included", () => {
    const stream = `: keep-alive\r\n\r\n${chunk("Hel")}${chunk("lo")}`.replaceAll("\n", "\r\n") + "data: [DONE]\r\n\r\n";
    for (const size of [1, 2, 3, 7, 1000]) {
      const reader = createSseReader();
      const events = [];
      for (let i = 0; i < stream.length; i += size) events.push(...reader.feed(stream.slice(i, i + size)));
      events.push(...reader.end());
      expect(events.map((event) => parseChatChunk(event))).toEqual([{ kind: "text", text: "Hel" }, { kind: "text", text: "lo" }, { kind: "done" }]);
    }
  });

  it("joins multi-line data, keeps the event name and flushes an unterminated last event at the end", () => {
    const reader = createSseReader();
    expect(reader.feed("event: error\ndata: a\ndata: b\n\ndata: last")).toEqual([{ event: "error", data: "a\nb" }]);
    expect(reader.end()).toEqual([{ event: "message", data: "last" }]);
  });
});

describe("parseChatChunk", () => {
  it("skips role-only deltas and finish chunks", () => {
    expect(parseChatChunk({ event: "message", data: JSON.stringify({ choices: [{ delta: { role: "assistant" } }] }) })).toEqual({ kind: "none" });
    expect(parseChatChunk({ event: "message", data: JSON.stringify({ choices: [{ delta: {}, finish_reason: "stop" }] }) })).toEqual({ kind: "none" });
  });

  it("throws a retryable error on an error event and an unreadable one on garbage", () => {
    const error = () => parseChatChunk({ event: "message", data: JSON.stringify({ error: { message: "overloaded" } }) });
    expect(error).toThrow(/overloaded/);
    expect(() => parseChatChunk({ event: "error", data: '{"message":"x"}' })).toThrow(MtProviderError);
    try {
      parseChatChunk({ event: "message", data: "<html>" });
    } catch (caught) {
      expect(caught).toMatchObject({ status: -1 });
    }
    expect(() => parseChatChunk({ event: "message", data: '{"id":1}' })).toThrow(/not a completion chunk/);
  });
});
