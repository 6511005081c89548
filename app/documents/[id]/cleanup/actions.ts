"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import type { CleanupChoices } from "@/lib/core/clean/clean-text";
import { CLEANUP_RULES } from "@/lib/core/clean/types";
import { DomainError } from "@/lib/core/errors";
import type { RecleaningReport } from "@/lib/core/clean/plan-recleaning";
import { recleanDocument } from "@/lib/server/cleanup";
import { runAction } from "@/app/_lib/run-action";

const ZChoices = z.object({
  disabledRules: z.array(z.enum(CLEANUP_RULES)),
  restored: z.array(z.string().max(200)).max(100_000),
  accepted: z.array(z.string().max(200)).max(100_000),
});

/** Re-runs a document's cleanup with the user's new choices. */
export async function recleanDocumentAction(id: number, choices: CleanupChoices): Promise<ActionResult<RecleaningReport>> {
  return runAction("recleanDocumentAction", async () => {
    const parsed = ZChoices.safeParse(choices);
    if (!Number.isSafeInteger(id) || !parsed.success) throw new DomainError("INVALID_INPUT");
    const report = await recleanDocument({ id, choices: parsed.data });
    revalidatePath(`/documents/${id}`);
    revalidatePath("/");
    return report;
  });
}
