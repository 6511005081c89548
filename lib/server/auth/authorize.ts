import "server-only";
import { isProjectRole, roleCan, type Capability, type ProjectRole } from "@/lib/core/team/project-roles";
import { DomainError } from "@/lib/core/errors";
import { prisma } from "@/lib/server/db";
import type { CurrentUser } from "./current-user";

// The one place that decides whether a user may do something to a row. Every action and route derives
// the project from the row named (document, segment, annotation, term, memory…), never from project ids
// the client sends. Local mode's user and a global owner may do everything; anyone else needs a
// Membership in the row's project whose role can do it. Without one the row does not exist for them
// (NOT_FOUND, so that ids reveal nothing); with a role that cannot, FORBIDDEN.

/** Who may do everything without a membership. */
export function isAllPowerful(user: CurrentUser): boolean {
  return user.isLocal || user.role === "owner";
}

/** The user's role in the project: "owner" for the all-powerful, null without a membership. */
export async function projectRoleOf(user: CurrentUser, projectId: number): Promise<ProjectRole | null> {
  if (isAllPowerful(user)) return "owner";
  const membership = await prisma.membership.findUnique({ where: { projectId_userId: { projectId, userId: user.id } }, select: { role: true } });
  return membership && isProjectRole(membership.role) ? membership.role : null;
}

/** The projects whose rows the user may see (every one: null), for the lists. */
export async function visibleProjectIds(user: CurrentUser, need: Capability = "read"): Promise<number[] | null> {
  if (isAllPowerful(user)) return null;
  const memberships = await prisma.membership.findMany({ where: { userId: user.id }, select: { projectId: true, role: true } });
  return memberships.filter(({ role }) => isProjectRole(role) && roleCan(role, need)).map(({ projectId }) => projectId);
}

/** The project's id when `user` may do `need` in it; NOT_FOUND or FORBIDDEN as authorizeDocument. */
export async function authorizeProject(user: CurrentUser, projectId: number, need: Capability): Promise<number> {
  const found = await prisma.project.findUnique({ where: { id: projectId }, select: { id: true } });
  if (!found) throw new DomainError("NOT_FOUND");
  await requireRole(user, found.id, need);
  return found.id;
}

/** The user's role in the project when it can do `need`: NOT_FOUND without a membership, FORBIDDEN when the role cannot. */
async function requireRole(user: CurrentUser, projectId: number, need: Capability): Promise<ProjectRole> {
  const role = await projectRoleOf(user, projectId);
  if (!role) throw new DomainError("NOT_FOUND");
  if (!roleCan(role, need)) throw new DomainError("FORBIDDEN");
  return role;
}

/**
 * The shared glossary and memories (no project): everyone signed in reads them; editing or reviewing
 * them needs that capability in some project; managing them (deleting a shared memory) a global owner.
 */
export async function authorizeShared(user: CurrentUser, need: Capability): Promise<null> {
  if (isAllPowerful(user) || need === "read") return null;
  if (need !== "manage" && (await visibleProjectIds(user, need))!.length > 0) return null;
  throw new DomainError("FORBIDDEN");
}

/** The document's id when `user` may do `need` to it; NOT_FOUND when there is no such document (or the user may not see it), FORBIDDEN when seen but not allowed. */
export async function authorizeDocument(user: CurrentUser, documentId: number, need: Capability): Promise<number> {
  const found = await prisma.document.findUnique({ where: { id: documentId }, select: { id: true, projectId: true } });
  if (!found) throw new DomainError("NOT_FOUND");
  await authorizeProject(user, found.projectId, need);
  return found.id;
}

/** Every document's id when `user` may do `need` to all of them; else the first refusal. */
export async function authorizeDocuments(user: CurrentUser, documentIds: readonly number[], need: Capability): Promise<number[]> {
  for (const id of documentIds) await authorizeDocument(user, id, need);
  return [...documentIds];
}

/** The segment's document id when `user` may do `need` to it; NOT_FOUND or FORBIDDEN as authorizeDocument. */
export async function authorizeSegment(user: CurrentUser, segmentId: number, need: Capability): Promise<number> {
  const found = await prisma.segment.findUnique({ where: { id: segmentId }, select: { documentId: true } });
  if (!found) throw new DomainError("NOT_FOUND");
  return authorizeDocument(user, found.documentId, need);
}

/**
 * The user's role in the segment's project when it can do `need`, for an action whose further rights
 * depend on the role (a save as reviewed): one authorisation, no second look-up. NOT_FOUND or FORBIDDEN
 * as authorizeDocument.
 */
export async function authorizeSegmentRole(user: CurrentUser, segmentId: number, need: Capability): Promise<ProjectRole> {
  const found = await prisma.segment.findUnique({ where: { id: segmentId }, select: { document: { select: { projectId: true } } } });
  if (!found) throw new DomainError("NOT_FOUND");
  return requireRole(user, found.document.projectId, need);
}

/** The annotation's document id when `user` may do `need` to it; NOT_FOUND or FORBIDDEN as authorizeDocument. */
export async function authorizeAnnotation(user: CurrentUser, annotationId: number, need: Capability): Promise<number> {
  const found = await prisma.annotation.findUnique({ where: { id: annotationId }, select: { segmentId: true } });
  if (!found) throw new DomainError("NOT_FOUND");
  return authorizeSegment(user, found.segmentId, need);
}

/** A glossary term's scope when `user` may do `need` to it: its document's project, its project, or shared (null). */
export async function authorizeTerm(user: CurrentUser, termId: number, need: Capability): Promise<number | null> {
  const found = await prisma.term.findUnique({ where: { id: termId }, select: { documentId: true, projectId: true, document: { select: { projectId: true } } } });
  if (!found) throw new DomainError("NOT_FOUND");
  const projectId = found.document?.projectId ?? found.projectId;
  return projectId === null ? authorizeShared(user, need) : authorizeProject(user, projectId, need);
}

/** A translation memory's project (null: shared) when `user` may do `need` to it. */
export async function authorizeMemory(user: CurrentUser, memoryId: number, need: Capability): Promise<number | null> {
  const found = await prisma.translationMemory.findUnique({ where: { id: memoryId }, select: { projectId: true } });
  if (!found) throw new DomainError("NOT_FOUND");
  return found.projectId === null ? authorizeShared(user, need) : authorizeProject(user, found.projectId, need);
}

/** A scope the client names for something new (a term, a memory): a project the user may `need` in, or shared (null). */
export async function authorizeScope(user: CurrentUser, projectId: number | null, need: Capability): Promise<number | null> {
  return projectId === null ? authorizeShared(user, need) : authorizeProject(user, projectId, need);
}

/** What belongs to nobody's project (machine-translation settings, rates, creating projects): the all-powerful only. */
export function authorizeGlobal(user: CurrentUser): void {
  if (!isAllPowerful(user)) throw new DomainError("FORBIDDEN");
}

/** The user's role in the document's project (null without one), for pages that show only what the role may do. */
export async function documentRoleOf(user: CurrentUser, documentId: number): Promise<ProjectRole | null> {
  const found = await prisma.document.findUnique({ where: { id: documentId }, select: { projectId: true } });
  return found ? projectRoleOf(user, found.projectId) : null;
}
