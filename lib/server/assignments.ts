import "server-only";
import { DomainError } from "@/lib/core/errors";
import { computeProgress } from "@/lib/core/progress";
import type { Progress } from "@/lib/core/model";
import { toStatus } from "./map-rows";
import { prisma } from "./db";
import { findAuthorNames } from "./authors";

/** A document's translator and reviewer (user ids and names; null when nobody is assigned). */
export type Assignment = { translatorId: string | null; translatorName: string; reviewerId: string | null; reviewerName: string };

const NOBODY: Assignment = { translatorId: null, translatorName: "", reviewerId: null, reviewerName: "" };

/** The assignments of the documents given, by document id (documents without one are left out). */
export async function findAssignments({ documentIds }: { documentIds?: number[] } = {}): Promise<Map<number, Assignment>> {
  const rows = await prisma.documentAssignment.findMany({ where: documentIds ? { documentId: { in: documentIds } } : {}, select: { documentId: true, translatorId: true, reviewerId: true } });
  const names = await findAuthorNames(rows.flatMap((row) => [row.translatorId ?? "", row.reviewerId ?? ""]));
  return new Map(
    rows.map((row) => [
      row.documentId,
      { translatorId: row.translatorId, translatorName: names.get(row.translatorId ?? "") ?? "", reviewerId: row.reviewerId, reviewerName: names.get(row.reviewerId ?? "") ?? "" },
    ]),
  );
}

export async function getAssignment({ documentId }: { documentId: number }): Promise<Assignment> {
  return (await findAssignments({ documentIds: [documentId] })).get(documentId) ?? NOBODY;
}

/** Assigns a translator and a reviewer (null: nobody) to a document; UNKNOWN_USER when an id names no account. */
export async function setAssignment({ documentId, translatorId, reviewerId }: { documentId: number; translatorId: string | null; reviewerId: string | null }): Promise<Assignment> {
  const ids = [translatorId, reviewerId].filter((id): id is string => id !== null);
  const found = await prisma.user.count({ where: { id: { in: ids } } });
  if (found !== new Set(ids).size) throw new DomainError("UNKNOWN_USER");
  await prisma.documentAssignment.upsert({ where: { documentId }, create: { documentId, translatorId, reviewerId }, update: { translatorId, reviewerId } });
  return getAssignment({ documentId });
}

/** One document of a user's work: as what they are assigned, its progress, and what waits for them. */
export type AssignedDocument = {
  id: number;
  title: string;
  roles: ("translator" | "reviewer")[];
  progress: Progress;
  /** Paragraphs untranslated or drafts (the translator's), translated but not reviewed (the reviewer's). */
  toTranslate: number;
  toReview: number;
};

/** The documents assigned to the user as translator or reviewer, newest change first. */
export async function findAssignedDocuments({ userId }: { userId: string }): Promise<AssignedDocument[]> {
  const rows = await prisma.documentAssignment.findMany({
    where: { OR: [{ translatorId: userId }, { reviewerId: userId }] },
    select: { documentId: true, translatorId: true, reviewerId: true, document: { select: { title: true, updatedAt: true } } },
    orderBy: { document: { updatedAt: "desc" } },
  });
  const counts = await prisma.segment.groupBy({ by: ["documentId", "status"], where: { documentId: { in: rows.map((row) => row.documentId) } }, _count: { _all: true } });
  return rows.map((row) => {
    const statuses = counts.filter((count) => count.documentId === row.documentId).map((count) => ({ status: toStatus(count.status), count: count._count._all }));
    const of = (...wanted: string[]) => statuses.filter((status) => wanted.includes(status.status)).reduce((sum, status) => sum + status.count, 0);
    const roles = [...(row.translatorId === userId ? (["translator"] as const) : []), ...(row.reviewerId === userId ? (["reviewer"] as const) : [])];
    return {
      id: row.documentId,
      title: row.document.title,
      roles,
      progress: computeProgress(statuses),
      toTranslate: row.translatorId === userId ? of("untranslated", "draft") : 0,
      toReview: row.reviewerId === userId ? of("translated") : 0,
    };
  });
}
