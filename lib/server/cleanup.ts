import "server-only";
import { cleanText, type CleanupChoices } from "@/lib/core/clean/clean-text";
import { reanchorAnnotation } from "@/lib/core/annotate/reanchor-annotation";
import { planRecleaning, type RecleaningReport } from "@/lib/core/clean/plan-recleaning";
import { DomainError } from "@/lib/core/errors";
import type { SourceFormat } from "@/lib/core/import/prepare-import";
import { sourceText } from "@/lib/core/import/read-source";
import { MAX_PARAGRAPHS } from "@/lib/core/limits";
import { prisma } from "./db";
import { thenPublishReload } from "./live/publish-changes";
import { runParseTask } from "./run-parse-task";

export type DocumentSource = { id: number; title: string; text: string; choices: CleanupChoices | null };

/** The text a document's cleanup runs on (recomputed from its raw source) and the choices it was cleaned with. */
export async function getDocumentSource({ id }: { id: number }): Promise<DocumentSource> {
  const row = await prisma.document.findUnique({ where: { id }, select: { id: true, title: true, raw: true, format: true, cleanup: true } });
  if (!row) throw new DomainError("NOT_FOUND");
  const source = { raw: row.raw, format: row.format as SourceFormat };
  // An HTML page is parsed again (linkedom, Readability): in a worker, like at its import.
  const { text } = source.format === "html" ? await runParseTask("sourceText", [source]) : sourceText(source);
  return { id: row.id, title: row.title, text, choices: row.cleanup ? (JSON.parse(row.cleanup) as CleanupChoices) : null };
}

/**
 * Re-runs a document's cleanup with new choices in one transaction: translations follow their
 * paragraphs, translated paragraphs that no longer exist are kept, untranslated ones go.
 */
export async function recleanDocument({ id, choices }: { id: number; choices: CleanupChoices }): Promise<RecleaningReport> {
  const { text } = await getDocumentSource({ id });
  const fresh = cleanText(text, choices, { report: false }).paragraphs.map(({ kind, text: source }) => ({ kind, source }));
  if (fresh.length === 0) throw new DomainError("EMPTY_SOURCE");
  if (fresh.length > MAX_PARAGRAPHS) throw new DomainError("TOO_MANY_PARAGRAPHS", { limit: MAX_PARAGRAPHS });
  return prisma.$transaction(async (tx) => {
    const old = await tx.segment.findMany({
      where: { documentId: id },
      orderBy: { position: "asc" },
      select: { id: true, source: true, target: true, version: true, _count: { select: { annotations: true } } },
    });
    const plan = planRecleaning(
      old.map(({ _count, ...segment }) => ({ ...segment, hasAnnotations: _count.annotations > 0 })),
      fresh,
    );
    await deleteUnchanged(tx, old.filter((segment) => plan.deleteIds.includes(segment.id)));
    const created = plan.rows.flatMap((row, position) => (row.reuseId === null ? [{ documentId: id, position, kind: row.kind, source: row.source }] : []));
    await tx.segment.createMany({ data: created });
    for (const [position, row] of plan.rows.entries()) {
      if (row.reuseId !== null) await tx.segment.update({ where: { id: row.reuseId }, data: { position, kind: row.kind, source: row.source }, select: { id: true } });
    }
    await tx.document.update({ where: { id }, data: { cleanup: JSON.stringify(choices) }, select: { id: true } });
    const carried = plan.rows.filter((r) => r.reuseId !== null).length - plan.keptIds.length;
    const { reanchored, detached } = await reanchorAnnotations(tx, id);
    return { paragraphs: plan.rows.length, carried, kept: plan.keptIds.length, removed: plan.deleteIds.length, reanchored, detached };
  }).then(thenPublishReload(id));
}

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

/**
 * Deletes the paragraphs planned away, each only at the version it was read at and still without
 * annotations: on PostgreSQL a save or annotation committed since the read fails the re-run
 * (CONFLICT, nothing changed) instead of losing its text. Grouped by version to keep the query short.
 */
async function deleteUnchanged(tx: Tx, segments: { id: number; version: number }[]): Promise<void> {
  const byVersion = new Map<number, number[]>();
  for (const { id, version } of segments) byVersion.set(version, [...(byVersion.get(version) ?? []), id]);
  const where = [...byVersion].map(([version, ids]) => ({ version, id: { in: ids } }));
  if (where.length === 0) return;
  const { count } = await tx.segment.deleteMany({ where: { OR: where, annotations: { none: {} } } });
  if (count !== segments.length) throw new DomainError("CONFLICT");
}

/** Finds each annotation of a document again in its paragraph's (new) text by its quote; one it cannot find stays, detached. */
async function reanchorAnnotations(tx: Tx, documentId: number): Promise<{ reanchored: number; detached: number }> {
  const rows = await tx.annotation.findMany({
    where: { segment: { documentId } },
    select: { id: true, start: true, end: true, quote: true, segment: { select: { source: true } } },
  });
  let [reanchored, detached] = [0, 0];
  for (const row of rows) {
    const found = reanchorAnnotation(row, row.segment.source);
    if (!found) detached++;
    else if (found.start !== row.start || found.end !== row.end) {
      await tx.annotation.update({ where: { id: row.id }, data: found, select: { id: true } });
      reanchored++;
    }
  }
  return { reanchored, detached };
}
