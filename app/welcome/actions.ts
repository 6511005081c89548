"use server";
import { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import { DomainError } from "@/lib/core/errors";
import { parseInput } from "@/app/_lib/define-action";
import { runPublicAction } from "@/app/_lib/run-action";
import { createFirstOwner } from "@/lib/server/auth/accept-invitation";
import { isFirstRunOpen } from "@/lib/server/auth/first-run";
import { startSession } from "@/lib/server/auth/start-session";

const ZOwner = z.object({ name: z.string().max(100), email: z.string().max(254), password: z.string().max(256) });

/** Public only while nobody has an account and only from this machine (see isFirstRunOpen): the first owner. */
export async function createFirstOwnerAction(input: z.input<typeof ZOwner>): Promise<ActionResult<null>> {
  return runPublicAction("createFirstOwnerAction", async () => {
    const owner = parseInput(ZOwner, input);
    if (!(await isFirstRunOpen())) throw new DomainError("SETUP_DONE");
    const { email } = await createFirstOwner(owner);
    await startSession(email, owner.password);
    return null;
  });
}
