import "server-only";
import type { ReviewChangeMark } from "@/lib/core/comments/comment-types";
import { DomainError } from "@/lib/core/errors";
import { prisma } from "./db";
import { findAuthorNames } from "./authors";

type Transaction = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];
type Values = { target: string; status: string };

export type { ReviewChangeMark };

/**
 * The status a save leaves: a reviewed paragraph whose translation changes goes back to "translated" unless
 * its saver may review and keeps it reviewed; marking a paragraph reviewed without that right is FORBIDDEN.
 */
export function statusAfterSave(before: Values, target: string, status: string, canReview: boolean): string {
  if (status !== "reviewed" || canReview) return status;
  const isChanged = before.status === "reviewed" && target !== before.target && target.trim() !== "";
  if (!isChanged) throw new DomainError("FORBIDDEN");
  return "translated";
}

/**
 * Keeps the "changed after review" marks in step with paragraphs just written: a reviewed paragraph whose
 * translation changed and which is no longer reviewed gets one (who, now); a paragraph reviewed again loses it.
 */
export async function recordReviewChanges(
  tx: Transaction,
  { documentId, author, changes, now = new Date() }: { documentId: number; author: string; changes: { segmentId: number; before: Values; after: Values }[]; now?: Date },
): Promise<void> {
  const changed = changes.filter(({ before, after }) => before.status === "reviewed" && after.status !== "reviewed" && before.target !== after.target);
  const cleared = changes.filter(({ after }) => after.status === "reviewed").map(({ segmentId }) => segmentId);
  const ids = [...cleared, ...changed.map(({ segmentId }) => segmentId)];
  if (ids.length === 0) return;
  await tx.reviewChange.deleteMany({ where: { segmentId: { in: ids } } });
  if (changed.length > 0) await tx.reviewChange.createMany({ data: changed.map(({ segmentId }) => ({ segmentId, documentId, author, changedAt: now })) });
}

/** The document's paragraphs changed after their review, with who did it. */
export async function findReviewChanges({ documentId }: { documentId: number }): Promise<ReviewChangeMark[]> {
  const rows = await prisma.reviewChange.findMany({ where: { documentId }, select: { segmentId: true, author: true, changedAt: true } });
  const names = await findAuthorNames(rows.map((row) => row.author));
  return rows.map((row) => ({ ...row, authorName: names.get(row.author) ?? "" }));
}
