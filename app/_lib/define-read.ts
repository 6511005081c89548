import "server-only";
import type { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { parseInput } from "./define-action";
import { runAction } from "./run-action";

type RouteContext = { params: Promise<Record<string, string | string[]>> };

const STATUS: Partial<Record<string, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, INVALID_INPUT: 400, NOT_FOUND: 404, DATABASE_BUSY: 503, UNEXPECTED: 500 };

/**
 * A GET route handler for a read, for signed-in users only (see runAction): the query string and the
 * route's parameters validated together with the schema, the answer an ActionResult as JSON (as an
 * action's would be), never cached unless the read says how long it may be.
 */
export function defineRead<Schema extends z.ZodType, T>(
  name: string,
  schema: Schema,
  handler: (input: z.output<Schema>, user: CurrentUser) => Promise<T>,
  { maxAgeSeconds = 0 } = {},
): (request: Request, context: RouteContext) => Promise<Response> {
  return async (request, { params }) => {
    const input = { ...Object.fromEntries(new URL(request.url).searchParams), ...(await params) };
    const result: ActionResult<T> = await runAction(name, async (user) => handler(parseInput(schema, input), user));
    const status = result.ok ? 200 : (STATUS[result.code] ?? 422);
    const cacheControl = result.ok && maxAgeSeconds > 0 ? `private, max-age=${maxAgeSeconds}` : "no-store";
    return Response.json(result, { status, headers: { "Cache-Control": cacheControl } });
  };
}
