import { z } from "zod";
import { isDomainError } from "@/lib/core/errors";
import type { LiveStreamEvent } from "@/lib/core/live/live-event";
import { SSE, streamEvents } from "@/app/_lib/stream-events";
import { authorizeDocument } from "@/lib/server/auth/authorize";
import { getCurrentUser, type CurrentUser } from "@/lib/server/auth/current-user";
import { refuseStranger } from "@/lib/server/auth/refuse-stranger";
import { onEndStreams, subscribe } from "@/lib/server/live/live-bus";
import { presenceOn, reportPresence } from "@/lib/server/live/presence-registry";

export const dynamic = "force-dynamic";

/** A comment line this often keeps proxies and the browser from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;
const NO_STORE = { "Cache-Control": "no-store" };
const STATUS: Record<string, number> = { NOT_FOUND: 404, FORBIDDEN: 403 };

const ZDocument = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
const ZPresence = z.object({
  clientId: z.string().regex(/^[\w-]{1,64}$/),
  segmentId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullable(),
  isLeaving: z.boolean().optional(),
});

type Params = { params: Promise<{ id: string }> };

/** The document's id and the user when they may read it; else the answer to send. */
async function readable(params: Params["params"]): Promise<{ id: number; user: CurrentUser } | Response> {
  const parsed = ZDocument.safeParse(await params);
  const user = await getCurrentUser();
  if (!parsed.success || !user) return Response.json({ ok: false, code: "INVALID_INPUT" }, { status: 400, headers: NO_STORE });
  try {
    return { id: await authorizeDocument(user, parsed.data.id, "read"), user };
  } catch (error) {
    if (!isDomainError(error) || !(error.code in STATUS)) throw error;
    return Response.json({ ok: false, code: error.code }, { status: STATUS[error.code], headers: NO_STORE });
  }
}

/**
 * GET /api/documents/ID/live: server-sent events for an open editor: first who is here ("hello"), then
 * every change saved to the document by anyone, on any app server, and who moves where. EventSource
 * reconnects by itself; the editor then compares versions, so nothing saved meanwhile is missed.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const refusal = await refuseStranger();
  if (refusal) return refusal;
  const found = await readable(params);
  if (found instanceof Response) return found;
  const { id, user } = found;
  return streamEvents<typeof ZDocument, LiveStreamEvent>(request, ZDocument, { id }, SSE, async (_input, send, signal) => {
    const stop = subscribe(id, send);
    send({ type: "hello", presence: user.isLocal ? [] : presenceOn(id), isPresenceOn: !user.isLocal });
    const heartbeat = setInterval(() => send({ type: "heartbeat" }), HEARTBEAT_MS);
    let stopEnding = () => undefined as unknown;
    await new Promise((resolve) => {
      signal.addEventListener("abort", resolve, { once: true });
      stopEnding = onEndStreams(() => resolve(undefined));
    });
    stopEnding();
    clearInterval(heartbeat);
    stop();
  });
}

/**
 * POST /api/documents/ID/live with { clientId, segmentId, isLeaving? }: an open editor says which
 * paragraph has its cursor (every few seconds while open, and when it closes). Reading the document is
 * enough. Local mode has one person: nothing is kept.
 */
export async function POST(request: Request, { params }: Params): Promise<Response> {
  const refusal = await refuseStranger();
  if (refusal) return refusal;
  const found = await readable(params);
  if (found instanceof Response) return found;
  const { id, user } = found;
  let body: unknown = null;
  try {
    body = JSON.parse(await request.text());
  } catch {
    // A body that is not JSON is refused below.
  }
  const input = ZPresence.safeParse(body);
  if (!input.success) return Response.json({ ok: false, code: "INVALID_INPUT" }, { status: 400, headers: NO_STORE });
  if (!user.isLocal) reportPresence({ documentId: id, ...input.data, user: { id: user.id, name: user.name || user.email } });
  return Response.json({ ok: true, data: null }, { headers: NO_STORE });
}
