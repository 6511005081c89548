"use server";
import { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import { DomainError } from "@/lib/core/errors";
import { ignoreQaFinding, unignoreQaFinding } from "@/lib/server/qa";
import { runAction } from "@/app/_lib/run-action";

const ZIgnore = z.object({ segmentId: z.number().int().positive(), key: z.string().min(1).max(500), isIgnored: z.boolean() });

/** Ignores a QA warning on a paragraph (remembered), or takes the ignore back. */
export async function setQaIgnoredAction(input: z.infer<typeof ZIgnore>): Promise<ActionResult<null>> {
  return runAction("setQaIgnoredAction", async () => {
    const parsed = ZIgnore.safeParse(input);
    if (!parsed.success) throw new DomainError("INVALID_INPUT");
    const { segmentId, key, isIgnored } = parsed.data;
    await (isIgnored ? ignoreQaFinding({ segmentId, key }) : unignoreQaFinding({ segmentId, key }));
    return null;
  });
}
