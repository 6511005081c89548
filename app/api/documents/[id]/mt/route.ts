import { z } from "zod";
import type { SuggestionEvent } from "@/lib/core/mt/mt-contract";
import { suggestTranslation } from "@/lib/server/mt/suggest-translation";
import { toMtFailure } from "@/lib/server/mt/mt-errors";
import { SSE, streamEvents } from "@/app/_lib/stream-events";
import { refuseStranger } from "@/lib/server/auth/refuse-stranger";
import { requireUser } from "@/lib/server/auth/require-user";
import { authorizeDocument } from "@/lib/server/auth/authorize";

const ZId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const ZQuery = z.object({ id: ZId, segment: ZId });

export const dynamic = "force-dynamic";

/**
 * GET /api/documents/ID/mt?segment=SID: a machine translation of the paragraph as server-sent events
 * (SuggestionEvent, lib/core/mt/mt-contract.ts), from the cache when it was paid for already. Closing
 * the request cancels the provider's.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const refusal = await refuseStranger();
  if (refusal) return refusal;
  const input = { ...Object.fromEntries(new URL(request.url).searchParams), ...(await params) };
  const user = await requireUser();
  return streamEvents<typeof ZQuery, SuggestionEvent>(request, ZQuery, input, SSE, async ({ id, segment }, send, signal) => {
    try {
      // A suggestion is for editing (and costs the provider's money): the document's "edit".
      await authorizeDocument(user, id, "edit");
      const result = await suggestTranslation({
        documentId: id,
        segmentId: segment,
        signal,
        onStart: ({ origin, cached }) => send({ type: "start", origin, cached }),
        onText: (text) => send({ type: "delta", text }),
        onRetry: () => send({ type: "restart" }),
      });
      send({ type: "done", ...result });
    } catch (error) {
      if (!signal.aborted) send({ type: "error", ...toMtFailure(error, "mtSuggestion") });
    }
  });
}
