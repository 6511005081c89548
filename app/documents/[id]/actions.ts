"use server";
import { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import { DomainError } from "@/lib/core/errors";
import { SEGMENT_STATUSES, type SaveTargetRequest, type SaveTargetResult } from "@/lib/core/model";
import { saveSegmentTarget } from "@/lib/server/segments";
import { runAction } from "@/app/_lib/run-action";

const ZSaveTarget = z.object({
  segmentId: z.number().int().positive(),
  baseVersion: z.number().int().nonnegative(),
  target: z.string().max(100_000),
  status: z.enum(SEGMENT_STATUSES),
  clientEditId: z.string().min(8).max(64),
});

// Deliberately no revalidatePath: a save must not re-render the editor under the translator's cursor.
export async function saveSegmentAction(input: SaveTargetRequest): Promise<ActionResult<SaveTargetResult>> {
  return runAction("saveSegmentAction", async () => {
    const parsed = ZSaveTarget.safeParse(input);
    if (!parsed.success) throw new DomainError("INVALID_INPUT");
    return saveSegmentTarget({ ...parsed.data, author: "web" });
  });
}
