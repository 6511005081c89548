import "server-only";
import { isDomainError } from "@/lib/core/errors";

const STATUS: Partial<Record<string, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/** A route handler's answer to an authorisation refusal (FORBIDDEN 403, NOT_FOUND 404, UNAUTHENTICATED 401); null for any other error. */
export function refusalResponse(error: unknown, headers: Record<string, string> = { "Cache-Control": "no-store" }): Response | null {
  if (!isDomainError(error)) return null;
  const status = STATUS[error.code];
  return status === undefined ? null : Response.json({ ok: false, code: error.code }, { status, headers });
}
