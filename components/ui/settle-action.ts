import { unstable_rethrow } from "next/navigation";
import type { ActionResult } from "@/lib/core/action-result";

/**
 * A server action's result that never rejects: a request that failed (the server's 413 for a body over
 * its limit, no network) becomes REQUEST_FAILED, shown in the page instead of the error page. Next's
 * own redirects still pass through.
 */
export async function settleAction<T>(pending: Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await pending;
  } catch (error) {
    unstable_rethrow(error);
    return { ok: false, code: "REQUEST_FAILED" };
  }
}

type AnyAction = (...args: never[]) => Promise<ActionResult<unknown>>;

/** A set of actions, each settled (see settleAction): the one way the UI calls the server. */
export function settleActions<Actions extends Record<keyof Actions, AnyAction>>(actions: Actions): Actions {
  const settled = Object.entries<AnyAction>(actions).map(([name, action]) => [name, (...args: never[]) => settleAction(action(...args))]);
  return Object.fromEntries(settled) as Actions;
}
