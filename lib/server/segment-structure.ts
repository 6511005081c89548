import "server-only";
import { DomainError } from "@/lib/core/errors";
import type { Segment } from "@/lib/core/model";
import { planJoin } from "@/lib/core/segment/join-segments";
import { planSplit } from "@/lib/core/segment/split-segment";
import { parseInlineTags, serializeInlineTags } from "@/lib/core/formats/inline-tags";
import { joinInlineTags } from "@/lib/core/formats/join-inline-tags";
import { prisma } from "./db";
import { toSegment, toStatus } from "./map-rows";
import { SEGMENT_FIELDS } from "./segments";
import { publishReload } from "./live/publish-changes";

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

async function claimSegment(tx: Tx, id: number, baseVersion: number) {
  const row = await tx.segment.findUnique({ where: { id }, select: { ...SEGMENT_FIELDS, documentId: true } });
  if (!row) throw new DomainError("NOT_FOUND");
  if (row.locked) throw new DomainError("SEGMENT_LOCKED");
  // Claiming the version first makes a concurrent save or split of the same paragraph fail its check.
  const claimed = await tx.segment.updateMany({ where: { id, version: baseVersion }, data: { version: { increment: 1 } } });
  if (claimed.count === 0) throw new DomainError("CONFLICT");
  return { ...row, status: toStatus(row.status), version: baseVersion + 1 };
}

/**
 * Splits a segment at a source offset (code points) in one transaction: later paragraphs move down,
 * the new paragraph takes the rest of the source, the translation after `targetAt` (none when null),
 * and the annotations after the split. Changed translations are recorded as revisions of kind "split".
 */
export async function splitSegment(input: {
  segmentId: number;
  baseVersion: number;
  at: number;
  targetAt: number | null;
  author: string;
}): Promise<{ first: Segment; second: Segment }> {
  const { segmentId, baseVersion, at, targetAt, author } = input;
  let documentId = 0;
  const result = await prisma.$transaction(async (tx) => {
    const segment = await claimSegment(tx, segmentId, baseVersion);
    documentId = segment.documentId;
    const annotations = await tx.annotation.findMany({ where: { segmentId }, select: { id: true, start: true, end: true } });
    const plan = planSplit({ ...segment, annotations }, { at, targetAt });
    // The new paragraph's tag characters keep their markup.
    const { inlineTags } = await tx.segment.findUniqueOrThrow({ where: { id: segmentId }, select: { inlineTags: true } });
    await tx.segment.updateMany({
      where: { documentId: segment.documentId, position: { gt: segment.position } },
      data: { position: { increment: 1 } },
    });
    const first = await tx.segment.update({ where: { id: segmentId }, data: { ...plan.first, origin: "" }, select: SEGMENT_FIELDS });
    const second = await tx.segment.create({
      data: { ...plan.second, documentId: segment.documentId, kind: "body", position: segment.position + 1, version: 1, inlineTags },
      select: SEGMENT_FIELDS,
    });
    for (const moved of plan.moved) {
      await tx.annotation.update({ where: { id: moved.id }, data: { segmentId: second.id, start: moved.start, end: moved.end }, select: { id: true } });
    }
    const revisions = [first, second].filter((row, i) => (i === 0 ? row.target !== segment.target || row.status !== segment.status : row.target !== ""));
    await tx.revision.createMany({
      data: revisions.map((row) => ({ segmentId: row.id, target: row.target, status: row.status, version: row.version, author, kind: "split" })),
    });
    await tx.document.update({ where: { id: segment.documentId }, data: { updatedAt: new Date() }, select: { id: true } });
    return { first: toSegment(first), second: toSegment(second) };
  });
  publishReload(documentId);
  return result;
}

/**
 * Joins a segment with the next one in one transaction: the first takes both sources, translations
 * and annotations (offsets moved past its own source); the next one's revisions move to it so its
 * history stays readable; later paragraphs move up. The joined text is a revision of kind "join".
 */
export async function joinSegments(input: {
  segmentId: number;
  baseVersion: number;
  nextBaseVersion: number;
  author: string;
}): Promise<{ segment: Segment; removedId: number }> {
  const { segmentId, baseVersion, nextBaseVersion, author } = input;
  let documentId = 0;
  const result = await prisma.$transaction(async (tx) => {
    const first = await claimSegment(tx, segmentId, baseVersion);
    documentId = first.documentId;
    const nextRow = await tx.segment.findFirst({
      where: { documentId: first.documentId, position: { gt: first.position } },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    if (!nextRow) throw new DomainError("NO_NEXT_SEGMENT");
    const next = await claimSegment(tx, nextRow.id, nextBaseVersion);
    const tagRows = await tx.segment.findMany({ where: { id: { in: [first.id, next.id] } }, select: { id: true, inlineTags: true } });
    const tagsOf = (id: number) => parseInlineTags(tagRows.find((row) => row.id === id)?.inlineTags ?? "");
    const renumbered = joinInlineTags({ ...first, tags: tagsOf(first.id) }, { ...next, tags: tagsOf(next.id) });
    const plan = planJoin(first, { ...next, source: renumbered.source, target: renumbered.target });
    const annotations = await tx.annotation.findMany({ where: { segmentId: next.id }, select: { id: true, start: true, end: true } });
    for (const annotation of annotations) {
      await tx.annotation.update({
        where: { id: annotation.id },
        data: { segmentId, start: annotation.start + plan.offset, end: annotation.end + plan.offset },
        select: { id: true },
      });
    }
    await tx.revision.updateMany({ where: { segmentId: next.id }, data: { segmentId } });
    const joined = await tx.segment.update({
      where: { id: segmentId },
      data: { source: plan.source, target: plan.target, status: plan.status, origin: "", inlineTags: serializeInlineTags(renumbered.tags) },
      select: SEGMENT_FIELDS,
    });
    await tx.revision.create({ data: { segmentId, target: joined.target, status: joined.status, version: joined.version, author, kind: "join" } });
    await tx.segment.delete({ where: { id: next.id }, select: { id: true } });
    await tx.segment.updateMany({
      where: { documentId: first.documentId, position: { gt: next.position } },
      data: { position: { decrement: 1 } },
    });
    await tx.document.update({ where: { id: first.documentId }, data: { updatedAt: new Date() }, select: { id: true } });
    return { segment: toSegment(joined), removedId: next.id };
  });
  publishReload(documentId);
  return result;
}
