import "server-only";
import { DomainError } from "@/lib/core/errors";
import { planReviewImport, type ReviewState, type TextAt } from "@/lib/core/formats/plan-review-import";
import { isParagraphNote, reviewFingerprint, type ParsedReview } from "@/lib/core/formats/review-file";
import { codePointLength } from "@/lib/core/text/code-points";
import { prisma } from "./db";
import { thenPublishReload } from "./live/publish-changes";
import { SEGMENT_FIELDS } from "./segments";
import { toSegment, toStatus } from "./map-rows";

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

/** What a review import did; unmatched is always 0 (a row that matches no paragraph refuses the file). */
export type ReviewImportSummary = {
  changed: number;
  changedParagraphs: number[];
  unchanged: number;
  unmatched: 0;
  conflicts: number;
  conflictParagraphs: number[];
  notes: number;
};

const AUTHOR = "review";

/**
 * Imports a reviewed DOCX/XLSX into its document in one transaction: changed targets and statuses are
 * versioned saves with a Revision by "review", comments become paragraph notes. A paragraph changed in
 * Duizhao since the export keeps its text; the reviewer's is kept as a refused revision. A file of
 * another document, or with edited, unknown or repeated ids, is refused and nothing is written.
 */
export async function importReview({ documentId, review }: { documentId: number; review: ParsedReview }): Promise<ReviewImportSummary> {
  return prisma.$transaction(async (tx): Promise<ReviewImportSummary> => {
    const plan = planReviewImport(await readReviewState(tx, documentId, review), review);
    const changed: number[] = [];
    for (const change of plan.changes) {
      const { count } = await tx.segment.updateMany({
        where: { id: change.segmentId, version: change.baseVersion, locked: false },
        data: { target: change.target, status: change.status, origin: "", version: { increment: 1 } },
      });
      if (count === 0) {
        const current = await tx.segment.findUnique({ where: { id: change.segmentId }, select: { version: true } });
        if (current) plan.conflicts.push({ ...change, baseVersion: current.version });
        continue;
      }
      changed.push(change.n);
      await tx.revision.create({ data: { segmentId: change.segmentId, target: change.target, status: change.status, version: change.baseVersion + 1, author: AUTHOR, kind: "edit" } });
    }
    await tx.revision.createMany({
      data: plan.conflicts.map((conflict) => ({ segmentId: conflict.segmentId, target: conflict.target, status: conflict.status, version: conflict.baseVersion, author: AUTHOR, kind: "refused" })),
    });
    const sources = new Map(plan.notes.length ? (await tx.segment.findMany({ where: { id: { in: plan.notes.map((note) => note.segmentId) } }, select: { id: true, source: true } })).map((row) => [row.id, row.source]) : []);
    for (const { segmentId, annotationId, note } of plan.notes) {
      if (annotationId !== null) await tx.annotation.update({ where: { id: annotationId }, data: { note }, select: { id: true } });
      else {
        const source = sources.get(segmentId) ?? "";
        await tx.annotation.create({ data: { segmentId, start: 0, end: codePointLength(source), quote: source, note, category: "other" }, select: { id: true } });
      }
    }
    if (changed.length > 0 || plan.notes.length > 0) await tx.document.update({ where: { id: documentId }, data: { updatedAt: new Date() }, select: { id: true } });
    plan.conflicts.sort((a, b) => a.n - b.n);
    return {
      changed: changed.length,
      changedParagraphs: changed,
      unchanged: plan.unchanged,
      unmatched: 0,
      conflicts: plan.conflicts.length,
      conflictParagraphs: plan.conflicts.map((conflict) => conflict.n),
      notes: plan.notes.length,
    };
  }).then(thenPublishReload(documentId));
}

// Revisions are read for the versions the file names, in chunks (one OR of pairs per query).
const CHUNK = 200;

async function readReviewState(tx: Tx, documentId: number, review: ParsedReview): Promise<ReviewState> {
  const document = await tx.document.findUnique({ where: { id: documentId }, select: { id: true, createdAt: true } });
  if (!document) throw new DomainError("NOT_FOUND");
  const rows = await tx.segment.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: SEGMENT_FIELDS });
  const segments = rows.map(toSegment);
  const older = segments.flatMap((segment) => {
    const version = review.manifest.versions.get(`s${segment.id}`);
    return version !== undefined && version !== segment.version ? [{ segmentId: segment.id, version }] : [];
  });
  const exported = new Map<number, TextAt>();
  for (let at = 0; at < older.length; at += CHUNK) {
    const revisions = await tx.revision.findMany({
      where: { OR: older.slice(at, at + CHUNK), kind: { not: "refused" } },
      orderBy: { id: "asc" },
      select: { segmentId: true, target: true, status: true },
    });
    for (const revision of revisions) exported.set(revision.segmentId, { target: revision.target, status: toStatus(revision.status) });
  }
  // A version 0 paragraph has no revision: it was untranslated.
  for (const { segmentId, version } of older) if (version === 0 && !exported.has(segmentId)) exported.set(segmentId, { target: "", status: "untranslated" });
  const annotations = await tx.annotation.findMany({
    where: { segment: { documentId }, start: 0, gloss: "" },
    orderBy: { id: "asc" },
    select: { id: true, segmentId: true, end: true, note: true, segment: { select: { source: true } } },
  });
  const notes = new Map<number, { id: number; note: string }[]>();
  for (const annotation of annotations) {
    if (!isParagraphNote({ ...annotation, start: 0, gloss: "" }, annotation.segment.source)) continue;
    notes.set(annotation.segmentId, [...(notes.get(annotation.segmentId) ?? []), { id: annotation.id, note: annotation.note }]);
  }
  return { documentId, fingerprint: reviewFingerprint(document), segments, exported, notes };
}
