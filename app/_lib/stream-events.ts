import "server-only";
import type { z } from "zod";
import { isDomainError } from "@/lib/core/errors";
import { parseInput } from "./define-action";

type Encoding = { contentType: string; encode: (event: object) => string };

/** Server-sent events: the event's `type` names it, its JSON is the data. */
export const SSE: Encoding = {
  contentType: "text/event-stream; charset=utf-8",
  encode: (event) => `event: ${(event as { type: string }).type}\ndata: ${JSON.stringify(event)}\n\n`,
};

/** Newline-delimited JSON, one event a line. */
export const NDJSON: Encoding = { contentType: "application/x-ndjson; charset=utf-8", encode: (event) => `${JSON.stringify(event)}\n` };

/**
 * A route that answers a stream of events: the input validated with the schema first (a 400 with the
 * code otherwise), then `run` sends events as they happen. Closing the request aborts `signal`, after
 * which nothing more is sent. `no-transform` keeps response compression from holding events back.
 */
export async function streamEvents<Schema extends z.ZodType, Event extends object>(
  request: Request,
  schema: Schema,
  input: unknown,
  encoding: Encoding,
  run: (input: z.output<Schema>, send: (event: Event) => void, signal: AbortSignal) => Promise<void>,
): Promise<Response> {
  let parsed: z.output<Schema>;
  try {
    parsed = parseInput(schema, input);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return Response.json({ ok: false, code: error.code }, { status: 400 });
  }
  const controller = new AbortController();
  request.signal.addEventListener("abort", () => controller.abort());
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(sink) {
      const send = (event: Event) => {
        if (!controller.signal.aborted) sink.enqueue(encoder.encode(encoding.encode(event)));
      };
      await run(parsed, send, controller.signal);
      if (!controller.signal.aborted) sink.close();
    },
    cancel() {
      controller.abort();
    },
  });
  return new Response(stream, { headers: { "Content-Type": encoding.contentType, "Cache-Control": "no-store, no-transform", "X-Accel-Buffering": "no" } });
}
