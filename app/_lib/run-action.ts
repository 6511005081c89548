import "server-only";
import type { ActionResult } from "@/lib/core/action-result";
import { isDomainError } from "@/lib/core/errors";
import { isDatabaseBusy } from "@/lib/server/database-busy";

/** Runs an action body, turning domain errors into codes and logging anything unexpected. */
export async function runAction<T>(name: string, body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, code: error.code, params: error.params };
    if (isDatabaseBusy(error)) return { ok: false, code: "DATABASE_BUSY" };
    console.error(`[${name}] unexpected error`, error);
    return { ok: false, code: "UNEXPECTED" };
  }
}
