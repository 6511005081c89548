import "server-only";
import type { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import { DomainError } from "@/lib/core/errors";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { runAction } from "./run-action";

/**
 * A server action's body behind the one boundary: the signed-in user required (see runAction), its input
 * validated with the schema (INVALID_INPUT otherwise), domain errors turned into codes, anything
 * unexpected logged under the action's name. The handler gets the user as its second argument.
 */
export function defineAction<Schema extends z.ZodType, T>(
  name: string,
  schema: Schema,
  handler: (input: z.output<Schema>, user: CurrentUser) => Promise<T>,
): (input: z.input<Schema>) => Promise<ActionResult<T>> {
  return (input) => runAction(name, async (user) => handler(parseInput(schema, input), user));
}

/** The input the schema accepts, or INVALID_INPUT. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new DomainError("INVALID_INPUT");
  return parsed.data;
}
