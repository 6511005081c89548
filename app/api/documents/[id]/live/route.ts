import { z } from "zod";
import { isDomainError } from "@/lib/core/errors";
import type { LiveStreamEvent } from "@/lib/core/live/live-event";
import { SSE, streamEvents } from "@/app/_lib/stream-events";
import { authorizeDocument } from "@/lib/server/auth/authorize";
import { getCurrentUser, type CurrentUser } from "@/lib/server/auth/current-user";
import { refuseStranger } from "@/lib/server/auth/refuse-stranger";
import { onEndStreams, subscribe } from "@/lib/server/live/live-bus";
import { presenceOn, reportPresence } from "@/lib/server/live/presence-registry";
import { ZClientId } from "@/app/_lib/schemas";

export const dynamic = "force-dynamic";

/** A comment line this often keeps proxies and the browser from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;
const NO_STORE = { "Cache-Control": "no-store" };
const STATUS: Record<string, number> = { NOT_FOUND: 404, FORBIDDEN: 403 };

const ZDocument = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
/** `?client=`: the tab's id for presence (reportPresenceAction); its stream closing says the tab has gone. */
const ZStream = ZDocument.extend({ client: ZClientId.optional() });

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
 * GET /api/documents/ID/live?client=TAB: server-sent events for an open editor: first who is here
 * ("hello"), then every change saved to the document by anyone, on any app server, and who moves where.
 * EventSource reconnects by itself; the editor then compares versions, so nothing saved meanwhile is
 * missed. When the stream closes (the tab closed or left the document) the tab's presence ends, on every
 * app server: the server knows the stream's user and document, so leaving needs no request of its own.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const refusal = await refuseStranger();
  if (refusal) return refusal;
  const found = await readable(params);
  if (found instanceof Response) return found;
  const { id, user } = found;
  const client = new URL(request.url).searchParams.get("client") ?? undefined;
  return streamEvents<typeof ZStream, LiveStreamEvent>(request, ZStream, { id, client }, SSE, async (input, send, signal) => {
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
    if (input.client && !user.isLocal) reportPresence({ documentId: id, clientId: input.client, user: { id: user.id, name: user.name || user.email }, segmentId: null, isLeaving: true });
  });
}
