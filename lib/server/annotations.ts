import "server-only";
import type { AnnotationMark } from "@/lib/core/model";
import { prisma } from "./db";
import { toCategory } from "./map-rows";

/** Every annotation of a document as the editor draws it, in source order per segment. */
export async function findAnnotationMarks({ documentId }: { documentId: number }): Promise<AnnotationMark[]> {
  const rows = await prisma.annotation.findMany({
    where: { segment: { documentId } },
    orderBy: [{ segmentId: "asc" }, { start: "asc" }],
    select: { id: true, segmentId: true, start: true, end: true, category: true, gloss: true, note: true },
  });
  return rows.map(({ gloss, note, category, ...row }) => ({ ...row, category: toCategory(category), hasNote: gloss !== "" || note !== "" }));
}
