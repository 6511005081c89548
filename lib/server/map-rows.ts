import "server-only";
import { DomainError } from "@/lib/core/errors";
import {
  ANNOTATION_CATEGORIES,
  REVISION_KINDS,
  SEGMENT_KINDS,
  SEGMENT_STATUSES,
  SOURCE_SCRIPTS,
  isOneOf,
  type AnnotationCategory,
  type DocumentMeta,
  type RevisionKind,
  type Segment,
  type SegmentKind,
  type SegmentStatus,
  type SourceScript,
} from "@/lib/core/model";

// Rows store kinds and statuses as strings; anything unknown is a corrupt row, not user input.
function checked<T extends string>(values: readonly T[], value: string, what: string): T {
  if (!isOneOf(values, value)) throw new Error(`Unknown ${what} in database: ${value}`);
  return value;
}

export const toStatus = (value: string): SegmentStatus => checked(SEGMENT_STATUSES, value, "segment status");
export const toKind = (value: string): SegmentKind => checked(SEGMENT_KINDS, value, "segment kind");
export const toRevisionKind = (value: string): RevisionKind => checked(REVISION_KINDS, value, "revision kind");
export const toCategory = (value: string): AnnotationCategory => checked(ANNOTATION_CATEGORIES, value, "annotation category");
const toScript = (value: string): SourceScript => checked(SOURCE_SCRIPTS, value, "script");

type SegmentRow = { id: number; position: number; kind: string; source: string; target: string; status: string; version: number; origin?: string; locked?: boolean };

export function toSegment(row: SegmentRow): Segment {
  return { ...row, kind: toKind(row.kind), status: toStatus(row.status) };
}

type DocumentRow = Omit<DocumentMeta, "script"> & { script: string };

export function toDocumentMeta(row: DocumentRow): DocumentMeta {
  return { ...row, script: toScript(row.script) };
}

function prismaCode(error: unknown): unknown {
  return typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
}

/** Prisma's unique constraint violation (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return prismaCode(error) === "P2002";
}

/** Prisma's "record not found" (P2025) becomes NOT_FOUND; everything else passes through. */
export function mapPrismaError(error: unknown): never {
  if (prismaCode(error) === "P2025") {
    throw new DomainError("NOT_FOUND");
  }
  throw error;
}
