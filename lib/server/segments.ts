import "server-only";
import { DomainError } from "@/lib/core/errors";
import type { Revision, SaveTargetRequest, SaveTargetResult } from "@/lib/core/model";
import { prisma } from "./db";
import { toSegment, toStatus } from "./map-rows";

export type SaveTargetInput = SaveTargetRequest & { author: string };

const SEGMENT_FIELDS = { id: true, position: true, kind: true, source: true, target: true, status: true, version: true } as const;

/**
 * Saves a segment's target if nobody saved it since baseVersion, recording a Revision in the same
 * transaction. A stale baseVersion changes nothing and returns the current segment as a conflict.
 */
export async function saveSegmentTarget(input: SaveTargetInput): Promise<SaveTargetResult> {
  const { segmentId, baseVersion, target, status, clientEditId, author } = input;
  return prisma.$transaction(async (tx) => {
    const earlier = await tx.revision.findUnique({
      where: { segmentId_clientEditId: { segmentId, clientEditId } },
      select: { version: true },
    });
    const current = await tx.segment.findUnique({ where: { id: segmentId }, select: { ...SEGMENT_FIELDS, documentId: true } });
    if (!current) throw new DomainError("NOT_FOUND");
    if (earlier) return { kind: "saved", segment: toSegment({ ...current, target, status, version: earlier.version }) };

    const updated = await tx.segment.updateMany({
      where: { id: segmentId, version: baseVersion },
      data: { target, status, version: { increment: 1 } },
    });
    if (updated.count === 0) return { kind: "conflict", current: toSegment(current) };

    const version = baseVersion + 1;
    await tx.revision.create({ data: { segmentId, target, status, version, author, clientEditId } });
    await tx.document.update({ where: { id: current.documentId }, data: { updatedAt: new Date() }, select: { id: true } });
    return { kind: "saved", segment: toSegment({ ...current, target, status, version }) };
  });
}

/** A segment's saved texts, newest first. */
export async function findRevisions({ segmentId }: { segmentId: number }): Promise<Revision[]> {
  const rows = await prisma.revision.findMany({
    where: { segmentId },
    orderBy: [{ version: "desc" }, { id: "desc" }],
    select: { id: true, target: true, status: true, version: true, author: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, status: toStatus(row.status) }));
}
