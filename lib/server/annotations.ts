import "server-only";
import { isAnchored } from "@/lib/core/annotate/reanchor-annotation";
import { DomainError } from "@/lib/core/errors";
import type { AnnotationInput, AnnotationMark } from "@/lib/core/model";
import { codePointLength, sliceCodePoints } from "@/lib/core/text/code-points";
import { prisma } from "./db";
import { toCategory } from "./map-rows";

const FIELDS = { id: true, segmentId: true, start: true, end: true, quote: true, gloss: true, note: true, pinyin: true, category: true } as const;

/** Every annotation of a document, in document order; an annotation whose text moved away is marked detached. */
export async function findAnnotationMarks({ documentId }: { documentId: number }): Promise<AnnotationMark[]> {
  const rows = await prisma.annotation.findMany({
    where: { segment: { documentId } },
    orderBy: [{ segment: { position: "asc" } }, { start: "asc" }],
    select: { ...FIELDS, segment: { select: { source: true } } },
  });
  return rows.map(({ segment, category, ...row }) => ({
    ...row,
    category: toCategory(category),
    hasNote: row.gloss !== "" || row.note !== "",
    isDetached: !isAnchored(row, segment.source),
  }));
}

/** Annotates a span of a segment's source: code points, half-open [start, end). */
export async function createAnnotation(input: { segmentId: number; start: number; end: number } & AnnotationInput): Promise<{ id: number; documentId: number }> {
  const { segmentId, start, end, ...fields } = input;
  const segment = await prisma.segment.findUnique({ where: { id: segmentId }, select: { source: true, documentId: true } });
  if (!segment) throw new DomainError("NOT_FOUND");
  if (start < 0 || end <= start || end > codePointLength(segment.source)) throw new DomainError("INVALID_SPAN");
  const quote = sliceCodePoints(segment.source, start, end);
  const { id } = await prisma.annotation.create({ data: { segmentId, start, end, quote, ...fields }, select: { id: true } });
  return { id, documentId: segment.documentId };
}

/** Changes an annotation; returns the document it belongs to. */
export async function updateAnnotation({ id, ...fields }: { id: number } & AnnotationInput): Promise<{ documentId: number }> {
  const documentId = await annotationDocumentId(id);
  const { count } = await prisma.annotation.updateMany({ where: { id }, data: fields });
  if (count === 0) throw new DomainError("NOT_FOUND");
  return { documentId };
}

/** Deletes an annotation; returns the document it belonged to. */
export async function deleteAnnotation({ id }: { id: number }): Promise<{ documentId: number }> {
  const documentId = await annotationDocumentId(id);
  const { count } = await prisma.annotation.deleteMany({ where: { id } });
  if (count === 0) throw new DomainError("NOT_FOUND");
  return { documentId };
}

async function annotationDocumentId(id: number): Promise<number> {
  const row = await prisma.annotation.findUnique({ where: { id }, select: { segment: { select: { documentId: true } } } });
  if (!row) throw new DomainError("NOT_FOUND");
  return row.segment.documentId;
}
