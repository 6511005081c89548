import "server-only";
import { DomainError } from "@/lib/core/errors";
import { isProjectRole, type ProjectRole } from "@/lib/core/team/project-roles";
import { prisma } from "./db";
import { mapPrismaError } from "./map-rows";

export type ProjectSummary = { id: number; name: string; usesSharedGlossary: boolean; usesSharedMemory: boolean; documents: number; members: number };
export type ProjectMember = { userId: string; name: string; email: string; role: ProjectRole };

export const MAX_PROJECT_NAME = 200;

function checkedName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === "" || trimmed.length > MAX_PROJECT_NAME) throw new DomainError("INVALID_PROJECT_NAME");
  return trimmed;
}

/** The projects of `projectIds` (all when null), by name. */
export async function findProjects({ projectIds = null }: { projectIds?: number[] | null } = {}): Promise<ProjectSummary[]> {
  const rows = await prisma.project.findMany({
    where: projectIds === null ? {} : { id: { in: projectIds } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, usesSharedGlossary: true, usesSharedMemory: true, _count: { select: { documents: true, memberships: true } } },
  });
  return rows.map(({ _count, ...project }) => ({ ...project, documents: _count.documents, members: _count.memberships }));
}

export async function createProject({ name }: { name: string }): Promise<{ id: number }> {
  return prisma.project.create({ data: { name: checkedName(name) }, select: { id: true } });
}

/** Renames a project and sets whether it uses the shared glossary and memory; NOT_FOUND when there is none. */
export async function updateProject({ id, name, usesSharedGlossary, usesSharedMemory }: { id: number; name: string; usesSharedGlossary?: boolean; usesSharedMemory?: boolean }): Promise<void> {
  await prisma.project.update({ where: { id }, data: { name: checkedName(name), usesSharedGlossary, usesSharedMemory }, select: { id: true } }).catch(mapPrismaError);
}

/** The project's members, by name. */
export async function findMembers({ projectId }: { projectId: number }): Promise<ProjectMember[]> {
  const rows = await prisma.membership.findMany({ where: { projectId }, select: { role: true, user: { select: { id: true, name: true, email: true } } }, orderBy: { user: { email: "asc" } } });
  return rows.map(({ role, user }) => ({ userId: user.id, name: user.name, email: user.email, role: isProjectRole(role) ? role : "viewer" }));
}

/** Gives an existing user (by email) a role in the project, or changes it; NOT_FOUND for an unknown email. */
export async function setMember({ projectId, email, role }: { projectId: number; email: string; role: ProjectRole }): Promise<void> {
  const user = await prisma.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  if (!user) throw new DomainError("USER_NOT_FOUND");
  await prisma.membership.upsert({ where: { projectId_userId: { projectId, userId: user.id } }, create: { projectId, userId: user.id, role }, update: { role }, select: { id: true } });
}

export async function removeMember({ projectId, userId }: { projectId: number; userId: string }): Promise<void> {
  const { count } = await prisma.membership.deleteMany({ where: { projectId, userId } });
  if (count === 0) throw new DomainError("NOT_FOUND");
}

/** Moves a document (its own terms with it) into another project. */
export async function moveDocument({ documentId, projectId }: { documentId: number; projectId: number }): Promise<void> {
  await prisma.document.update({ where: { id: documentId }, data: { projectId }, select: { id: true } }).catch(mapPrismaError);
}
