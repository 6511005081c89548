import "server-only";
import type { ExportData, ExportTerm } from "@/lib/core/formats/export-data";
import { TERM_USAGES, isOneOf } from "@/lib/core/model";
import { parseInlineTags, type InlineTag } from "@/lib/core/formats/inline-tags";
import { prisma } from "./db";
import { getDocument } from "./documents";
import { findConversionOverrides } from "./conversion-review";
import { documentScope } from "./glossary";
import { toCategory } from "./map-rows";

const TERM_FIELDS = { source: true, target: true, note: true, usage: true } as const;

function toTerm(row: { source: string; target: string; note: string; usage: string }): ExportTerm {
  return { ...row, usage: isOneOf(TERM_USAGES, row.usage) ? row.usage : "preferred" };
}

/** A document in the neutral export shape: segments in order, annotations, and the glossary that applies to it; throws NOT_FOUND. */
export async function getExportData({ documentId }: { documentId: number }): Promise<ExportData> {
  const { segments, ...document } = await getDocument({ id: documentId });
  const [annotations, terms, overrides, tagged] = await Promise.all([
    prisma.annotation.findMany({
      where: { segment: { documentId } },
      orderBy: [{ segmentId: "asc" }, { start: "asc" }],
      select: { segmentId: true, start: true, end: true, quote: true, gloss: true, note: true, pinyin: true, category: true },
    }),
    documentScope(documentId).then((scope) => prisma.term.findMany({ where: { status: "approved", OR: scope }, orderBy: { id: "asc" }, select: TERM_FIELDS })),
    findConversionOverrides({ documentId }),
    prisma.segment.findMany({ where: { documentId, NOT: { inlineTags: "" } }, select: { id: true, inlineTags: true } }),
  ]);
  const inlineTags: Record<number, InlineTag[]> = Object.fromEntries(tagged.map((row) => [row.id, parseInlineTags(row.inlineTags)]));
  return {
    document,
    segments,
    annotations: annotations.map((row) => ({ ...row, category: toCategory(row.category) })),
    terms: terms.map(toTerm),
    overrides,
    ...(tagged.length > 0 && { inlineTags }),
  };
}
