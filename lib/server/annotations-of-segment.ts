import "server-only";
import { prisma } from "./db";

/** A paragraph's annotations as a comment thread names them: id and annotated text, in reading order. */
export async function findAnnotationQuotes({ segmentId }: { segmentId: number }): Promise<{ id: number; quote: string }[]> {
  return prisma.annotation.findMany({ where: { segmentId }, orderBy: { start: "asc" }, select: { id: true, quote: true } });
}
