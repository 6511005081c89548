import "server-only";
import type { ActionResult } from "@/lib/core/action-result";
import { isDomainError } from "@/lib/core/errors";
import { isDatabaseBusy } from "@/lib/server/database-busy";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { requireUser } from "@/lib/server/auth/require-user";
import { withActor } from "@/lib/server/live/actor";

/**
 * Runs an action body for the signed-in user (requireUser: UNAUTHENTICATED for a stranger in team mode,
 * before the input is even read), turning domain errors into codes and logging anything unexpected.
 */
export async function runAction<T>(name: string, body: (user: CurrentUser) => Promise<T>): Promise<ActionResult<T>> {
  return runPublicAction(name, async () => {
    const user = await requireUser();
    return withActor({ id: user.id, name: user.name || user.email }, () => body(user));
  });
}

/** runAction without the gate: only for what a stranger must reach (signing in, accepting an invitation). */
export async function runPublicAction<T>(name: string, body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, code: error.code, params: error.params };
    if (isDatabaseBusy(error)) return { ok: false, code: "DATABASE_BUSY" };
    console.error(`[${name}] unexpected error`, error);
    return { ok: false, code: "UNEXPECTED" };
  }
}
