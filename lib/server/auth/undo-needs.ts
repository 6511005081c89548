import "server-only";
import type { Capability } from "@/lib/core/team/project-roles";
import { prisma } from "@/lib/server/db";

/** What undoing a batch needs: a lock, an unlock or a change to `reviewed` is a review, anything else an edit. */
export async function undoNeeds({ documentId, batchId }: { documentId: number; batchId: number }): Promise<Capability> {
  const batch = await prisma.editBatch.findFirst({ where: { id: batchId, documentId }, select: { kind: true, request: true } });
  if (!batch) return "edit";
  if (batch.kind === "lock" || batch.kind === "unlock") return "review";
  return batch.kind === "status" && /"status":"reviewed"/.test(batch.request) ? "review" : "edit";
}
