import "server-only";
import type { BatchChange, BatchResult, BatchSkip } from "@/lib/core/batch/batch-types";
import { DomainError } from "@/lib/core/errors";
import type { BatchKind, Segment } from "@/lib/core/model";
import { prisma } from "./db";
import { Prisma } from "./generated/prisma/client";
import { toSegment } from "./map-rows";
import { recordReviewChanges } from "./review-changes";
import { SEGMENT_FIELDS } from "./segments";
import { thenPublishApplied } from "./live/publish-changes";

const FIELDS = { ...SEGMENT_FIELDS, locked: true } as const;

type Row = { id: number; position: number; kind: string; source: string; target: string; status: string; version: number; origin: string; locked: boolean };
type Values = Pick<Row, "target" | "status" | "origin" | "locked">;
/** A paragraph's values before a batch, and the version the batch gave it: [segmentId, version, target, status, origin, locked]. */
type Before = [number, number, string, string, string, boolean];
type Planned = { row: Row; next: Values };
type Transaction = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

/**
 * Applies one change to many paragraphs of a document in one transaction, each like a save: based on
 * the version the caller saw (a paragraph saved since is skipped as "changed"), refused on a locked
 * paragraph unless the change unlocks it, recorded as a Revision of the batch's kind. The paragraphs'
 * texts before are kept with the batch, so that undoBatch can put them back. Segments of another
 * document are "missing": the document, not the ids sent, decides what may change.
 */
export async function applyBatch(input: { documentId: number; kind: BatchKind; request?: unknown; author: string; changes: readonly BatchChange[] }): Promise<BatchResult> {
  const { documentId, kind, request = {}, author, changes } = input;
  return prisma.$transaction(async (tx) => {
    const rows = await rowsOf(tx, documentId, changes.map((change) => change.segmentId));
    const skipped: BatchSkip[] = [];
    const planned: Planned[] = [];
    for (const change of changes) {
      const row = rows.get(change.segmentId);
      if (!row) skipped.push({ segmentId: change.segmentId, reason: "missing" });
      else if (row.version !== change.baseVersion) skipped.push({ segmentId: row.id, reason: "changed" });
      else if (row.locked && change.locked !== false) skipped.push({ segmentId: row.id, reason: "locked" });
      else {
        const target = change.target ?? row.target;
        // A reviewed paragraph whose translation a batch changes (replace all) goes back to translated.
        const status = change.status ?? (row.status === "reviewed" && target !== row.target ? "translated" : row.status);
        const next = { target, status, origin: change.origin ?? row.origin, locked: change.locked ?? row.locked };
        if (!sameValues(row, next)) planned.push({ row, next });
      }
    }
    return write(tx, { documentId, kind, request, author, planned, skipped, revisionKind: kind });
  }).then(thenPublishApplied(documentId, kind));
}

/**
 * Undoes a batch: every paragraph it changed that nobody changed since gets its text, status and lock
 * back, recorded as an "undo" revision; a paragraph changed since is skipped ("changed") and keeps the
 * later work. A batch is undone once.
 */
export async function undoBatch({ documentId, batchId, author }: { documentId: number; batchId: number; author: string }): Promise<BatchResult> {
  return prisma.$transaction(async (tx) => {
    const batch = await tx.editBatch.findUnique({ where: { id: batchId }, select: { documentId: true, before: true, undoneAt: true } });
    if (!batch || batch.documentId !== documentId) throw new DomainError("NOT_FOUND");
    if (batch.undoneAt) throw new DomainError("BATCH_UNDONE");
    const before = JSON.parse(batch.before) as Before[];
    const rows = await rowsOf(tx, documentId, before.map(([segmentId]) => segmentId));
    const skipped: BatchSkip[] = [];
    const planned: Planned[] = [];
    for (const [segmentId, version, target, status, origin, locked] of before) {
      const row = rows.get(segmentId);
      if (!row) skipped.push({ segmentId, reason: "missing" });
      else if (row.version !== version) skipped.push({ segmentId, reason: "changed" });
      else planned.push({ row, next: { target, status, origin, locked } });
    }
    await tx.editBatch.update({ where: { id: batchId }, data: { undoneAt: new Date() }, select: { id: true } });
    const result = await write(tx, { documentId, kind: "undo", request: { batchId }, author, planned, skipped, revisionKind: "undo", batchId });
    return { ...result, batchId };
  }).then(thenPublishApplied(documentId, "undo"));
}

async function rowsOf(tx: Transaction, documentId: number, ids: number[]): Promise<Map<number, Row>> {
  const document = await tx.document.findUnique({ where: { id: documentId }, select: { id: true } });
  if (!document) throw new DomainError("NOT_FOUND");
  // A long list of ids is slower to send and match than the document's rows are to read.
  const where = ids.length > WHOLE_DOCUMENT_READ ? { documentId } : { documentId, id: { in: ids } };
  const rows = await tx.segment.findMany({ where, select: FIELDS });
  return new Map(rows.map((row) => [row.id, row]));
}

const WHOLE_DOCUMENT_READ = 500;

const sameValues = (a: Values, b: Values) => a.target === b.target && a.status === b.status && a.origin === b.origin && a.locked === b.locked;

type Write = {
  documentId: number;
  kind: BatchKind | "undo";
  request: unknown;
  author: string;
  planned: Planned[];
  skipped: BatchSkip[];
  revisionKind: string;
  /** Undo records its revisions under the batch it undoes. */
  batchId?: number;
};

async function write(tx: Transaction, { documentId, kind, request, author, planned, skipped, revisionKind, batchId }: Write): Promise<BatchResult> {
  const now = new Date();
  const applied: Planned[] = [];
  for (let at = 0; at < planned.length; at += CHUNK) {
    const chunk = planned.slice(at, at + CHUNK);
    const written = new Set((await tx.$queryRaw<{ id: number }[]>(updateStatement(chunk, now))).map((row) => Number(row.id)));
    for (const item of chunk) {
      if (written.has(item.row.id)) applied.push(item);
      else skipped.push({ segmentId: item.row.id, reason: "changed" });
    }
  }
  if (applied.length === 0) return { batchId: null, applied: [], skipped };
  const id =
    batchId ??
    (
      await tx.editBatch.create({
        data: {
          documentId,
          kind,
          author,
          request: JSON.stringify(request),
          before: JSON.stringify(applied.map(({ row }): Before => [row.id, row.version + 1, row.target, row.status, row.origin, row.locked])),
        },
        select: { id: true },
      })
    ).id;
  for (let at = 0; at < applied.length; at += CHUNK) {
    await tx.$executeRaw(insertRevisions(applied.slice(at, at + CHUNK), { author, kind: revisionKind, batchId: id, now }));
  }
  await recordReviewChanges(tx, { documentId, author, now, changes: applied.map(({ row, next }) => ({ segmentId: row.id, before: row, after: next })) });
  await tx.document.update({ where: { id: documentId }, data: { updatedAt: now }, select: { id: true } });
  const segments: Segment[] = applied.map(({ row, next }) => toSegment({ ...row, ...next, version: row.version + 1 }));
  return { batchId: id, applied: segments, skipped };
}

// One statement per chunk of paragraphs instead of one per paragraph: through Prisma, 10,000 single-row
// writes (or a createMany of 10,000 revisions) take seconds. Portable SQL for SQLite and PostgreSQL;
// the casts type PostgreSQL's parameters, the Date is written as Prisma writes it.
const CHUNK = 500;

/** Sets each paragraph of the chunk to its new values, only where its version is still the one read; returns the ids written. */
function updateStatement(chunk: Planned[], now: Date): Prisma.Sql {
  const values = chunk.map(
    ({ row, next }) =>
      Prisma.sql`(CAST(${row.id} AS INTEGER), CAST(${row.version} AS INTEGER), CAST(${next.target} AS TEXT), CAST(${next.status} AS TEXT), CAST(${next.origin} AS TEXT), CAST(${next.locked} AS BOOLEAN))`,
  );
  return Prisma.sql`WITH "v" ("id", "base", "target", "status", "origin", "locked") AS (VALUES ${Prisma.join(values)})
    UPDATE "Segment" SET "target" = "v"."target", "status" = "v"."status", "origin" = "v"."origin", "locked" = "v"."locked", "version" = "Segment"."version" + 1, "updatedAt" = ${now}
    FROM "v" WHERE "Segment"."id" = "v"."id" AND "Segment"."version" = "v"."base"
    RETURNING "Segment"."id"`;
}

function insertRevisions(chunk: Planned[], { author, kind, batchId, now }: { author: string; kind: string; batchId: number; now: Date }): Prisma.Sql {
  const values = chunk.map(({ row, next }) => Prisma.sql`(${row.id}, ${next.target}, ${next.status}, ${row.version + 1}, ${author}, ${kind}, ${next.origin}, ${batchId}, ${now})`);
  return Prisma.sql`INSERT INTO "Revision" ("segmentId", "target", "status", "version", "author", "kind", "origin", "batchId", "createdAt") VALUES ${Prisma.join(values)}`;
}
