import "server-only";
import type { Capability } from "@/lib/core/team/project-roles";
import { prisma } from "@/lib/server/db";

/** What restoring a revision needs: bringing back a `reviewed` state is a review, anything else an edit. */
export async function restoreNeeds(revisionId: number): Promise<Capability> {
  const revision = await prisma.revision.findUnique({ where: { id: revisionId }, select: { status: true } });
  return revision?.status === "reviewed" ? "review" : "edit";
}
