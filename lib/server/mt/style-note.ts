import "server-only";
import { DomainError } from "@/lib/core/errors";
import { prisma } from "../db";

/** The document's style note for machine translation ("" when none). */
export async function readMtStyleNote({ documentId }: { documentId: number }): Promise<string> {
  const row = await prisma.document.findUnique({ where: { id: documentId }, select: { mtStyleNote: true } });
  if (!row) throw new DomainError("NOT_FOUND");
  return row.mtStyleNote;
}

export async function saveMtStyleNote({ documentId, note }: { documentId: number; note: string }): Promise<{ note: string }> {
  const { count } = await prisma.document.updateMany({ where: { id: documentId }, data: { mtStyleNote: note.trim() } });
  if (count === 0) throw new DomainError("NOT_FOUND");
  return { note: note.trim() };
}
