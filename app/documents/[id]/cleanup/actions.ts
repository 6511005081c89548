"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/core/action-result";
import type { CleanupChoices } from "@/lib/core/clean/clean-text";
import type { RecleaningReport } from "@/lib/core/clean/plan-recleaning";
import { recleanDocument } from "@/lib/server/cleanup";
import { ZCleanupChoices } from "@/app/_lib/cleanup-choices-schema";
import { parseInput } from "@/app/_lib/define-action";
import { runAction } from "@/app/_lib/run-action";
import { ZId } from "@/app/_lib/schemas";
import { authorizeDocument } from "@/lib/server/auth/authorize";


/** Re-runs a document's cleanup with the user's new choices. */
export async function recleanDocumentAction(id: number, choices: CleanupChoices): Promise<ActionResult<RecleaningReport>> {
  return runAction("recleanDocumentAction", async (user) => {
    const report = await recleanDocument({ id: await authorizeDocument(user, parseInput(ZId, id), "manage"), choices: parseInput(ZCleanupChoices, choices) });
    revalidatePath(`/documents/${id}`);
    revalidatePath("/");
    return report;
  });
}
