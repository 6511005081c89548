import "server-only";
import { DomainError } from "@/lib/core/errors";
import type { KeepRefusedRequest, Revision, SaveTargetRequest, SaveTargetResult, Segment } from "@/lib/core/model";
import { prisma } from "./db";
import { findAuthorNames } from "./authors";
import { toRevisionKind, toSegment, toStatus } from "./map-rows";
import { recordReviewChanges, statusAfterSave } from "./review-changes";
import { publishSegments } from "./live/publish-changes";

export type SaveTargetInput = SaveTargetRequest & {
  author: string;
  kind?: "edit" | "restore";
  /** "mt:PROVIDER:MODEL" for a machine translation; a person's save (the default, "") clears the paragraph's MT mark. */
  origin?: string;
  /** A machine draft: refused, and kept nowhere, when the paragraph has a translation by now. */
  onlyIfEmpty?: boolean;
  /** Whether the saver may review: without it, a changed translation of a reviewed paragraph is saved as "translated". */
  canReview?: boolean;
};

export const SEGMENT_FIELDS = { id: true, position: true, kind: true, source: true, target: true, status: true, version: true, origin: true, locked: true } as const;

/**
 * Saves a segment's target if nobody saved it since baseVersion, recording a Revision in the same
 * transaction. A stale baseVersion leaves the segment as it is and returns it as a conflict; the
 * refused text is kept as a "refused" revision, so neither text of a conflict is ever lost. A locked
 * paragraph refuses every save the same way: the conflict's current segment says it is locked.
 */
export async function saveSegmentTarget(input: SaveTargetInput): Promise<SaveTargetResult> {
  const { segmentId, baseVersion, target, clientEditId, author, kind = "edit", origin = "", onlyIfEmpty = false, canReview = true } = input;
  let documentId = 0;
  const result = await prisma.$transaction(async (tx): Promise<SaveTargetResult> => {
    const earlier = await tx.revision.findUnique({
      where: { segmentId_clientEditId: { segmentId, clientEditId } },
      select: { version: true, kind: true },
    });
    const current = await tx.segment.findUnique({ where: { id: segmentId }, select: { ...SEGMENT_FIELDS, documentId: true } });
    if (!current) throw new DomainError("NOT_FOUND");
    const status = toStatus(statusAfterSave(current, target, input.status, canReview));
    documentId = current.documentId;
    if (earlier?.kind === "refused") return { kind: "conflict", current: toSegment(current) };
    if (earlier) return { kind: "saved", segment: toSegment({ ...current, target, status, version: earlier.version }) };

    // The paragraph shows a machine origin only while it is a draft: confirming it makes it a person's.
    const segmentOrigin = status === "draft" ? origin : "";
    const updated = await tx.segment.updateMany({
      where: { id: segmentId, version: baseVersion, locked: false, ...(onlyIfEmpty ? { target: "" } : {}) },
      data: { target, status, origin: segmentOrigin, version: { increment: 1 } },
    });
    if (updated.count === 0 && onlyIfEmpty) return { kind: "conflict", current: toSegment(current) };
    if (updated.count === 0) {
      await tx.revision.create({
        data: { segmentId, target, status, version: current.version, author, clientEditId, kind: "refused" },
      });
      return { kind: "conflict", current: toSegment(current) };
    }

    const version = baseVersion + 1;
    await tx.revision.create({ data: { segmentId, target, status, version, author, clientEditId, kind, origin } });
    await recordReviewChanges(tx, { documentId: current.documentId, author, changes: [{ segmentId, before: current, after: { target, status } }] });
    await tx.document.update({ where: { id: current.documentId }, data: { updatedAt: new Date() }, select: { id: true } });
    return { kind: "saved", segment: toSegment({ ...current, target, status, version, origin: segmentOrigin }) };
  });
  if (result.kind === "saved") publishSegments(documentId, kind, [result.segment]);
  return result;
}

/**
 * Keeps a text that a conflict's resolution set aside as a "refused" revision of the segment's current
 * version; the segment does not change. The segment is read from the row (NOT_FOUND when it is gone),
 * and a repeated clientEditId keeps nothing more, so a retried request is safe.
 */
export async function keepRefusedText(input: KeepRefusedRequest & { author: string }): Promise<Segment> {
  const { segmentId, target, status, clientEditId, author } = input;
  return prisma.$transaction(async (tx) => {
    const current = await tx.segment.findUnique({ where: { id: segmentId }, select: SEGMENT_FIELDS });
    if (!current) throw new DomainError("NOT_FOUND");
    const earlier = await tx.revision.findUnique({ where: { segmentId_clientEditId: { segmentId, clientEditId } }, select: { id: true } });
    if (!earlier) await tx.revision.create({ data: { segmentId, target, status, version: current.version, author, clientEditId, kind: "refused" } });
    return toSegment(current);
  });
}

const REVISION_FIELDS = {
  id: true,
  segmentId: true,
  kind: true,
  target: true,
  status: true,
  version: true,
  author: true,
  createdAt: true,
  origin: true,
} as const;

/** A segment's saved texts (and refused ones), newest first; after a join, the joined paragraph's too. */
export async function findRevisions({ segmentId }: { segmentId: number }): Promise<Revision[]> {
  const rows = await prisma.revision.findMany({
    where: { segmentId },
    // Ids grow with time; versions do not order revisions that a join brought over from another paragraph.
    orderBy: { id: "desc" },
    select: REVISION_FIELDS,
  });
  const names = await findAuthorNames(rows.map((row) => row.author));
  return rows.map((row) => ({ ...row, kind: toRevisionKind(row.kind), status: toStatus(row.status), authorName: names.get(row.author) ?? "" }));
}

/**
 * Makes an earlier text of a segment its current text again. A restore is a save like any other:
 * based on a version, refused when stale, recorded as a Revision of kind "restore".
 */
export async function restoreRevision(
  input: { segmentId: number; revisionId: number; baseVersion: number; clientEditId: string; author: string },
): Promise<SaveTargetResult> {
  const { segmentId, revisionId, ...rest } = input;
  const revision = await prisma.revision.findUnique({ where: { id: revisionId }, select: { segmentId: true, target: true, status: true } });
  if (!revision || revision.segmentId !== segmentId) throw new DomainError("NOT_FOUND");
  return saveSegmentTarget({ segmentId, ...rest, target: revision.target, status: toStatus(revision.status), kind: "restore" });
}
