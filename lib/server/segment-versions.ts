import "server-only";
import { DomainError } from "@/lib/core/errors";
import type { Segment } from "@/lib/core/model";
import { prisma } from "./db";
import { toSegment } from "./map-rows";
import { SEGMENT_FIELDS } from "./segments";

/** Each segment of a document as [id, version], in document order: what an open editor compares with its own. */
export async function findSegmentVersions({ documentId }: { documentId: number }): Promise<[number, number][]> {
  const document = await prisma.document.findUnique({ where: { id: documentId }, select: { id: true } });
  if (!document) throw new DomainError("NOT_FOUND");
  const rows = await prisma.segment.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { id: true, version: true } });
  return rows.map((row) => [row.id, row.version]);
}

/** The document's segments among ids, in document order; ids of other documents are left out. */
export async function findSegments({ documentId, ids }: { documentId: number; ids: number[] }): Promise<Segment[]> {
  const rows = await prisma.segment.findMany({ where: { documentId, id: { in: ids } }, orderBy: { position: "asc" }, select: SEGMENT_FIELDS });
  return rows.map(toSegment);
}
