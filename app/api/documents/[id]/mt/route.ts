import { z } from "zod";
import type { SuggestionEvent } from "@/lib/core/mt/mt-contract";
import { suggestTranslation } from "@/lib/server/mt/suggest-translation";
import { toMtFailure } from "@/lib/server/mt/mt-errors";
import { parseInput } from "@/app/_lib/define-action";
import { isDomainError } from "@/lib/core/errors";

const ZId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const ZQuery = z.object({ id: ZId, segment: ZId });

export const dynamic = "force-dynamic";

/**
 * GET /api/documents/ID/mt?segment=SID: a machine translation of the paragraph as server-sent events
 * (SuggestionEvent, lib/core/mt/mt-contract.ts), from the cache when it was paid for already. Closing
 * the request cancels the provider's.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  let input: z.output<typeof ZQuery>;
  try {
    input = parseInput(ZQuery, { ...Object.fromEntries(new URL(request.url).searchParams), ...(await params) });
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return Response.json({ ok: false, code: error.code }, { status: 400 });
  }
  const controller = new AbortController();
  request.signal.addEventListener("abort", () => controller.abort());
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(sink) {
      const send = (event: SuggestionEvent) => {
        if (!controller.signal.aborted) sink.enqueue(encoder.encode(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`));
      };
      try {
        const result = await suggestTranslation({
          documentId: input.id,
          segmentId: input.segment,
          signal: controller.signal,
          onStart: ({ origin, cached }) => send({ type: "start", origin, cached }),
          onText: (text) => send({ type: "delta", text }),
          onRetry: () => send({ type: "restart" }),
        });
        send({ type: "done", ...result });
      } catch (error) {
        if (!controller.signal.aborted) send({ type: "error", ...toMtFailure(error, "mtSuggestion") });
      }
      if (!controller.signal.aborted) sink.close();
    },
    cancel() {
      controller.abort();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store, no-transform", "X-Accel-Buffering": "no" },
  });
}
