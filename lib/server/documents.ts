import "server-only";
import type { PreparedImport } from "@/lib/core/import/prepare-import";
import type { DocumentSummary, DocumentWithSegments, Segment } from "@/lib/core/model";
import { computeProgress } from "@/lib/core/progress";
import { DomainError } from "@/lib/core/errors";
import { prisma } from "./db";
import { mapPrismaError, toDocumentMeta, toSegment, toStatus } from "./map-rows";

export type NewDocument = PreparedImport & { sourceUrl?: string; note?: string };

export const LANG_OF_SCRIPT = { hans: "zh-Hans", hant: "zh-Hant" } as const;

/** Creates a document and its segments in one transaction; returns its id. */
/** A new document in `projectId` (the default project when not given). */
export async function createDocument(input: NewDocument & { projectId?: number }): Promise<{ id: number }> {
  const { segments, script, ...rest } = input;
  const document = await prisma.document.create({
    data: {
      ...rest,
      script,
      sourceLang: LANG_OF_SCRIPT[script],
      segments: { createMany: { data: segments.map((segment, position) => ({ ...segment, position })) } },
    },
    select: { id: true },
  });
  return document;
}

/** The documents of `projectIds` (all when null), most recently changed first, with their translation progress. */
export async function findDocuments({ projectIds = null }: { projectIds?: number[] | null } = {}): Promise<DocumentSummary[]> {
  const inProjects = projectIds === null ? {} : { projectId: { in: projectIds } };
  const [documents, counts] = await Promise.all([
    prisma.document.findMany({ where: inProjects, select: { id: true, title: true, updatedAt: true, projectId: true }, orderBy: { updatedAt: "desc" } }),
    prisma.segment.groupBy({ by: ["documentId", "status"], where: projectIds === null ? {} : { document: inProjects }, _count: { _all: true } }),
  ]);
  return documents.map((document) => ({
    ...document,
    progress: computeProgress(
      counts
        .filter((row) => row.documentId === document.id)
        .map((row) => ({ status: toStatus(row.status), count: row._count._all })),
    ),
  }));
}

const SEGMENT_FIELDS = { id: true, position: true, kind: true, source: true, target: true, status: true, version: true, origin: true, locked: true } as const;

/** One document with its segments in order (only the first `take` when given); throws NOT_FOUND. */
export async function getDocument({ id, take }: { id: number; take?: number }): Promise<DocumentWithSegments> {
  const row = await prisma.document.findUnique({
    where: { id },
    omit: { raw: true },
    include: { segments: { orderBy: { position: "asc" }, select: SEGMENT_FIELDS, ...(take === undefined ? {} : { take }) } },
  });
  if (!row) throw new DomainError("NOT_FOUND");
  return { ...toDocumentMeta(row), segments: row.segments.map(toSegment) };
}

/** A document's segments after the one at `position`, in order: the rest of the editor's first screen. */
export async function getSegmentsAfter({ documentId, position }: { documentId: number; position: number }): Promise<Segment[]> {
  const rows = await prisma.segment.findMany({ where: { documentId, position: { gt: position } }, orderBy: { position: "asc" }, select: SEGMENT_FIELDS });
  return rows.map(toSegment);
}

/** Deletes a document with its segments, revisions, annotations and terms; throws NOT_FOUND. */
export async function deleteDocument({ id }: { id: number }): Promise<void> {
  await prisma.document.delete({ where: { id }, select: { id: true } }).catch(mapPrismaError);
}

/** A document's id and title, for a link back to it; null when there is no such document. */
export async function findDocumentTitle({ id }: { id: number }): Promise<{ id: number; title: string } | null> {
  return prisma.document.findUnique({ where: { id }, select: { id: true, title: true } });
}
