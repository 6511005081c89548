import "server-only";
import { DomainError } from "@/lib/core/errors";
import type { TermStatus } from "@/lib/core/model";
import { prisma } from "@/lib/server/db";
import { authorOf } from "@/lib/server/authors";
import type { TermGuard } from "@/lib/server/glossary";
import { authorizeScope } from "./authorize";
import type { CurrentUser } from "./current-user";

// Glossary proposals (README, Team mode → Projects and roles). Who may review in a term's scope (a
// reviewer or owner of its project; for the shared glossary, of some project; local mode's user and a
// global owner always) adds approved terms and edits, approves or rejects any term. Who may only edit (a
// translator) adds proposals, and edits or withdraws their own while they are still proposed.

/** Whether `user` may review in a scope (a project, or the shared glossary: null). */
export async function mayReviewScope(user: CurrentUser, projectId: number | null): Promise<boolean> {
  try {
    await authorizeScope(user, projectId, "review");
    return true;
  } catch (error) {
    if (error instanceof DomainError && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND")) return false;
    throw error;
  }
}

/** The status of a term `user` adds to a scope they may edit: approved for a reviewer, else a proposal. */
export async function newTermStatus(user: CurrentUser, projectId: number | null): Promise<TermStatus> {
  return (await mayReviewScope(user, projectId)) ? "approved" : "proposed";
}

/**
 * Editing or deleting a term: "review" in its scope for any term, "edit" for one's own proposal while it
 * is proposed. NOT_FOUND (no such term, or not a member) or FORBIDDEN (a viewer; a translator and an
 * approved term or somebody else's proposal). The answer is the guard the write must keep: a right that
 * came from an own proposal holds only while the row is still that proposal (a reviewer may approve it
 * in between).
 */
export async function authorizeTermChange(user: CurrentUser, termId: number): Promise<TermGuard> {
  const found = await prisma.term.findUnique({
    where: { id: termId },
    select: { status: true, proposedBy: true, projectId: true, document: { select: { projectId: true } } },
  });
  if (!found) throw new DomainError("NOT_FOUND");
  const projectId = found.document?.projectId ?? found.projectId;
  if (await mayReviewScope(user, projectId)) return null;
  await authorizeScope(user, projectId, "edit");
  if (found.status === "proposed" && found.proposedBy === authorOf(user)) return { status: "proposed", proposedBy: found.proposedBy };
  throw new DomainError("FORBIDDEN");
}
