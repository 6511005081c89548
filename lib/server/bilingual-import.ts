import "server-only";
import type { ParsedBilingual, ParsedUnit } from "@/lib/core/formats/parse-bilingual";
import { planImport, prepareBilingualDocument, type ImportPlan } from "@/lib/core/formats/plan-import";
import { DomainError } from "@/lib/core/errors";
import { prisma } from "./db";
import { LANG_OF_SCRIPT } from "./documents";
import { SEGMENT_FIELDS } from "./segments";
import { toSegment } from "./map-rows";

export type ImportSummary = Omit<ImportPlan, "changes"> & { changed: number; changedParagraphs: number[] };

const AUTHOR = "import";

/**
 * Creates a document from a bilingual file with its translations, in one transaction: the paragraphs
 * (as createDocument writes them), then each translation as version 1 with its Revision.
 */
export async function createDocumentFromBilingual({ parsed, fileName }: { parsed: ParsedBilingual; fileName: string }): Promise<{ id: number; translated: number }> {
  const { segments, script, ...rest } = prepareBilingualDocument(parsed, fileName);
  const units = parsed.units.filter((unit) => unit.source.trim() !== "");
  return prisma.$transaction(async (tx) => {
    const { id } = await tx.document.create({
      data: {
        ...rest,
        script,
        sourceLang: LANG_OF_SCRIPT[script],
        segments: {
          createMany: {
            data: segments.map((segment, position) => {
              const { target, status } = units[position];
              return { ...segment, position, target, status, version: target === "" ? 0 : 1 };
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
 * the history; if anything fails, nothing is changed.
 */
export async function importTranslations({ documentId, units }: { documentId: number; units: ParsedUnit[] }): Promise<ImportSummary> {
  return prisma.$transaction(async (tx) => {
    const document = await tx.document.findUnique({ where: { id: documentId }, select: { id: true } });
    if (!document) throw new DomainError("NOT_FOUND");
    const rows = await tx.segment.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: SEGMENT_FIELDS });
    const { changes, ...counts } = planImport(rows.map(toSegment), units);
    for (const change of changes) {
      const version = change.baseVersion + 1;
      await tx.segment.update({ where: { id: change.segmentId }, data: { target: change.target, status: change.status, version }, select: { id: true } });
      await tx.revision.create({ data: { segmentId: change.segmentId, target: change.target, status: change.status, version, author: AUTHOR, kind: "edit" } });
    }
    if (changes.length > 0) await tx.document.update({ where: { id: documentId }, data: { updatedAt: new Date() }, select: { id: true } });
    return { ...counts, changed: changes.length, changedParagraphs: changes.map((change) => change.n) };
  });
}
