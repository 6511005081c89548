import { z } from "zod";
import type { DraftEvent } from "@/lib/core/mt/mt-contract";
import { draftDocument } from "@/lib/server/mt/draft-document";
import { toMtFailure } from "@/lib/server/mt/mt-errors";
import { NDJSON, streamEvents } from "@/app/_lib/stream-events";
import { ZId } from "@/app/_lib/schemas";
import { refuseStranger } from "@/lib/server/auth/refuse-stranger";
import { requireUser } from "@/lib/server/auth/require-user";
import { authorOf } from "@/lib/server/authors";
import { authorizeDocument } from "@/lib/server/auth/authorize";

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
  const refusal = await refuseStranger();
  if (refusal) return refusal;
  const body: unknown = await request.json().catch(() => null);
  const input = { ...(typeof body === "object" && body !== null ? body : {}), ...(await params) };
  const user = await requireUser();
  return streamEvents<typeof ZDraft, DraftEvent>(request, ZDraft, input, NDJSON, async ({ id, segmentIds, limit, dryRun }, send, signal) => {
    try {
      await authorizeDocument(user, id, "edit");
      await draftDocument({ documentId: id, segmentIds, limit, dryRun, signal, onEvent: send, author: authorOf(user) });
    } catch (error) {
      send({ type: "error", ...toMtFailure(error, "mtDraft") });
    }
  });
}
