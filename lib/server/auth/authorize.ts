import "server-only";
import type { Capability } from "@/lib/core/team/project-roles";
import { DomainError } from "@/lib/core/errors";
import { prisma } from "@/lib/server/db";
import type { CurrentUser } from "./current-user";

// The one place that decides whether a user may do something to a row. Every action and route derives
// the project from the row named (document, segment…), never from ids the client sends about projects.
// FOUNDATION: until projects and memberships land, any signed-in user may do everything (as before);
// the rows must still exist (NOT_FOUND otherwise).

/** The document's id when `user` may do `need` to it; NOT_FOUND when there is no such document (or the user may not see it), FORBIDDEN when seen but not allowed. */
export async function authorizeDocument(user: CurrentUser, documentId: number, need: Capability): Promise<number> {
  void user;
  void need;
  const found = await prisma.document.findUnique({ where: { id: documentId }, select: { id: true } });
  if (!found) throw new DomainError("NOT_FOUND");
  return found.id;
}

/** The segment's document id when `user` may do `need` to it; NOT_FOUND or FORBIDDEN as authorizeDocument. */
export async function authorizeSegment(user: CurrentUser, segmentId: number, need: Capability): Promise<number> {
  const found = await prisma.segment.findUnique({ where: { id: segmentId }, select: { documentId: true } });
  if (!found) throw new DomainError("NOT_FOUND");
  return authorizeDocument(user, found.documentId, need);
}
