import "server-only";
import type { MemoryOrigin } from "@/lib/core/memory/memory-types";
import { prisma } from "./db";

/** Which memory units a lookup may show: null when every unit (a database with one project), else a test on the unit's origin. */
export type MemoryScope = ((origin: MemoryOrigin) => boolean) | null;

async function scopeOf(projectIds: number[], withShared: boolean): Promise<MemoryScope> {
  if ((await prisma.project.count()) <= 1 && withShared) return null;
  const [documents, memories] = await Promise.all([
    prisma.document.findMany({ where: { projectId: { in: projectIds } }, select: { id: true } }),
    prisma.translationMemory.findMany({ where: { OR: [{ projectId: { in: projectIds } }, ...(withShared ? [{ projectId: null }] : [])] }, select: { id: true } }),
  ]);
  const documentIds = new Set(documents.map(({ id }) => id));
  const memoryIds = new Set(memories.map(({ id }) => id));
  return (origin) => (origin.kind === "document" ? documentIds.has(origin.documentId) : memoryIds.has(origin.memoryId));
}

/** A document's memory: its project's documents and memories, and the shared memories when its project uses them. */
export async function memoryScopeOfDocument(documentId: number): Promise<MemoryScope> {
  const document = await prisma.document.findUnique({ where: { id: documentId }, select: { projectId: true, project: { select: { usesSharedMemory: true } } } });
  return document ? scopeOf([document.projectId], document.project.usesSharedMemory) : () => false;
}

/** What a user's concordance searches: the documents and memories of the projects they see (every one: null), and the shared memories. */
export async function memoryScopeOfProjects(projectIds: number[] | null): Promise<MemoryScope> {
  return projectIds === null ? null : scopeOf(projectIds, true);
}
