import "server-only";
import type { ParsedBilingual, ParsedUnit } from "@/lib/core/formats/parse-bilingual";
import { planImport, prepareBilingualDocument, type ImportPlan, type TargetChange } from "@/lib/core/formats/plan-import";
import { DomainError } from "@/lib/core/errors";
import { serializeInlineTags } from "@/lib/core/formats/inline-tags";
import { prisma } from "./db";
import { thenPublishReload } from "./live/publish-changes";
import { LANG_OF_SCRIPT } from "./documents";
import { SEGMENT_FIELDS } from "./segments";
import { toSegment } from "./map-rows";

/** conflicts: paragraphs changed since the file was exported (their newer text kept, the file's a refused revision). */
export type ImportSummary = Omit<ImportPlan, "changes" | "conflicts"> & {
  changed: number;
  changedParagraphs: number[];
  conflicts: number;
  conflictParagraphs: number[];
};

const AUTHOR = "import";

/**
 * Creates a document from a bilingual file with its translations, in one transaction: the paragraphs
 * (as createDocument writes them), then each translation as version 1 with its Revision.
 */
export async function createDocumentFromBilingual({ parsed, fileName, projectId }: { parsed: ParsedBilingual; fileName: string; projectId?: number }): Promise<{ id: number; translated: number }> {
  const { segments, script, ...rest } = prepareBilingualDocument(parsed, fileName);
  const units = parsed.units.filter((unit) => unit.source.trim() !== "");
  return prisma.$transaction(async (tx) => {
    const { id } = await tx.document.create({
      data: {
        ...rest,
        projectId,
        script,
        sourceLang: LANG_OF_SCRIPT[script],
        segments: {
          createMany: {
            data: segments.map((segment, position) => {
              const { target, status, tags = [] } = units[position];
              return { ...segment, position, target, status, version: target === "" ? 0 : 1, inlineTags: serializeInlineTags(tags) };
            }),
          },
        },
      },
      select: { id: true },
    });
    const rows = await tx.segment.findMany({ where: { documentId: id, version: 1 }, select: { id: true, target: true, status: true } });
    await tx.revision.createMany({ data: rows.map((row) => ({ segmentId: row.id, target: row.target, status: row.status, version: 1, author: AUTHOR, kind: "edit" })) });
    return { id, translated: rows.length };
  });
}

/**
 * Updates a document's translations from a bilingual file's units, matched by id else by source
 * text. One transaction: each change is a versioned save with its Revision, so earlier texts stay in
 * the history; if anything fails, nothing is changed. A paragraph changed since the file's version
 * of it, or while the import runs, keeps its newer text; the file's is kept as a refused revision.
 */
export async function importTranslations({ documentId, units }: { documentId: number; units: ParsedUnit[] }): Promise<ImportSummary> {
  return prisma.$transaction(async (tx) => {
    const document = await tx.document.findUnique({ where: { id: documentId }, select: { id: true } });
    if (!document) throw new DomainError("NOT_FOUND");
    const rows = await tx.segment.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: SEGMENT_FIELDS });
    const { changes, conflicts, ...counts } = planImport(rows.map(toSegment), units);
    const applied: TargetChange[] = [];
    for (const change of changes) {
      // Conditional, as every versioned write: on PostgreSQL a save committed since the read above fails the check.
      const { count } = await tx.segment.updateMany({
        where: { id: change.segmentId, version: change.baseVersion, locked: false },
        data: { target: change.target, status: change.status, origin: "", version: { increment: 1 } },
      });
      if (count === 0) {
        const current = await tx.segment.findUnique({ where: { id: change.segmentId }, select: { version: true } });
        if (current) conflicts.push({ ...change, baseVersion: current.version });
        continue;
      }
      applied.push(change);
      await tx.revision.create({ data: { segmentId: change.segmentId, target: change.target, status: change.status, version: change.baseVersion + 1, author: AUTHOR, kind: "edit" } });
    }
    await tx.revision.createMany({
      data: conflicts.map((conflict) => ({ segmentId: conflict.segmentId, target: conflict.target, status: conflict.status, version: conflict.baseVersion, author: AUTHOR, kind: "refused" })),
    });
    if (applied.length > 0) await tx.document.update({ where: { id: documentId }, data: { updatedAt: new Date() }, select: { id: true } });
    conflicts.sort((a, b) => a.n - b.n);
    return {
      ...counts,
      changed: applied.length,
      changedParagraphs: applied.map((change) => change.n),
      conflicts: conflicts.length,
      conflictParagraphs: conflicts.map((conflict) => conflict.n),
    };
  }).then(thenPublishReload(documentId));
}
