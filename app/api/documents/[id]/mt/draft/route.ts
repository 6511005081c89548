import { z } from "zod";
import { isDomainError } from "@/lib/core/errors";
import type { DraftEvent } from "@/lib/core/mt/mt-contract";
import { draftDocument } from "@/lib/server/mt/draft-document";
import { toMtFailure } from "@/lib/server/mt/mt-errors";
import { parseInput } from "@/app/_lib/define-action";
import { ZId } from "@/app/_lib/schemas";

const ZDraft = z.object({
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  segmentIds: z.array(ZId).max(100_000).optional(),
  limit: z.number().int().nonnegative().optional(),
  dryRun: z.boolean().optional(),
});

export const dynamic = "force-dynamic";

/**
 * POST /api/documents/ID/mt/draft with a DraftRequest (JSON): drafts the empty paragraphs (of
 * segmentIds, or all), answering newline-delimited JSON DraftEvents as they happen. Closing the
 * request cancels the batch: nothing more is sent or saved.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  let input: z.output<typeof ZDraft>;
  try {
    const body: unknown = await request.json().catch(() => null);
    input = parseInput(ZDraft, { ...(typeof body === "object" && body !== null ? body : {}), ...(await params) });
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return Response.json({ ok: false, code: error.code }, { status: 400 });
  }
  const controller = new AbortController();
  request.signal.addEventListener("abort", () => controller.abort());
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(sink) {
      const send = (event: DraftEvent) => {
        if (!controller.signal.aborted) sink.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      };
      try {
        await draftDocument({
          documentId: input.id,
          segmentIds: input.segmentIds,
          limit: input.limit,
          dryRun: input.dryRun,
          signal: controller.signal,
          onEvent: send,
          author: "web",
        });
      } catch (error) {
        send({ type: "error", ...toMtFailure(error, "mtDraft") });
      }
      if (!controller.signal.aborted) sink.close();
    },
    cancel() {
      controller.abort();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store, no-transform", "X-Accel-Buffering": "no" } });
}
