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
export async function createAnnotation(input: { segmentId: number; start: number; end: number } & AnnotationInput): Promise<{ id: number }> {
  const { segmentId, start, end, ...fields } = input;
  const segment = await prisma.segment.findUnique({ where: { id: segmentId }, select: { source: true } });
  if (!segment) throw new DomainError("NOT_FOUND");
  if (start < 0 || end <= start || end > codePointLength(segment.source)) throw new DomainError("INVALID_SPAN");
  const quote = sliceCodePoints(segment.source, start, end);
  return prisma.annotation.create({ data: { segmentId, start, end, quote, ...fields }, select: { id: true } });
}

export async function updateAnnotation({ id, ...fields }: { id: number } & AnnotationInput): Promise<void> {
  const { count } = await prisma.annotation.updateMany({ where: { id }, data: fields });
  if (count === 0) throw new DomainError("NOT_FOUND");
}

export async function deleteAnnotation({ id }: { id: number }): Promise<void> {
  const { count } = await prisma.annotation.deleteMany({ where: { id } });
  if (count === 0) throw new DomainError("NOT_FOUND");
}

/** The document a segment belongs to (to reload its annotations after a change). */
export async function getSegmentDocumentId({ segmentId }: { segmentId: number }): Promise<number> {
  const row = await prisma.segment.findUnique({ where: { id: segmentId }, select: { documentId: true } });
  if (!row) throw new DomainError("NOT_FOUND");
  return row.documentId;
}
