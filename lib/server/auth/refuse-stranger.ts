import "server-only";
import { getCurrentUser } from "./current-user";

/** For a route handler's first line: a 401 answer when the request has no signed-in user, else null. */
export async function refuseStranger(): Promise<Response | null> {
  if (await getCurrentUser()) return null;
  return Response.json({ ok: false, code: "UNAUTHENTICATED" }, { status: 401, headers: { "Cache-Control": "no-store" } });
}
