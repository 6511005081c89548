"use server";
import { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import { parseInput } from "@/app/_lib/define-action";
import { runPublicAction } from "@/app/_lib/run-action";
import { acceptInvitation } from "@/lib/server/auth/accept-invitation";
import { startSession } from "@/lib/server/auth/start-session";

const ZAccept = z.object({ token: z.string().max(200).default(""), name: z.string().max(100), email: z.string().max(254), password: z.string().max(256) });

/** Public by nature (the link is the credential): makes the account or sets the password, then signs in. */
export async function acceptInvitationAction(input: z.input<typeof ZAccept>): Promise<ActionResult<null>> {
  return runPublicAction("acceptInvitationAction", async () => {
    const accepted = parseInput(ZAccept, input);
    const { email } = await acceptInvitation(accepted);
    await startSession(email, accepted.password);
    return null;
  });
}
