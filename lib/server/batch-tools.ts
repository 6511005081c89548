import "server-only";
import { originMatches, REPETITION_ORIGIN, type BatchStatus, type OriginFilter } from "@/lib/core/batch/batch-origins";
import type { BatchChange, BatchResult, LockResult, SeenParagraph, StatusResult } from "@/lib/core/batch/batch-types";
import { cachedMemoryKey, emptyRepetitions } from "@/lib/core/batch/repetitions";
import { loadMatchKey } from "@/lib/core/convert/match-key";
import { DomainError } from "@/lib/core/errors";
import { applyBatch } from "./batch-edits";
import { prisma } from "./db";

async function paragraphsOf(documentId: number, segmentIds?: readonly number[]) {
  const document = await prisma.document.findUnique({ where: { id: documentId }, select: { id: true } });
  if (!document) throw new DomainError("NOT_FOUND");
  return prisma.segment.findMany({
    where: { documentId, ...(segmentIds ? { id: { in: [...segmentIds] } } : {}) },
    orderBy: { position: "asc" },
    select: { id: true, source: true, target: true, status: true, version: true, origin: true, locked: true },
  });
}

/**
 * Locks reviewed paragraphs against edits (kind "lock": recorded, undoable). `paragraphs` as the
 * caller saw them, or every reviewed paragraph of the document when left out; others are left and counted.
 */
export async function lockParagraphs({ documentId, paragraphs, author }: { documentId: number; paragraphs?: readonly SeenParagraph[]; author: string }): Promise<LockResult> {
  const rows = await paragraphsOf(documentId, paragraphs?.map((p) => p.segmentId));
  const seen = paragraphs ? new Map(paragraphs.map((p) => [p.segmentId, p.baseVersion])) : null;
  const reviewed = rows.filter((row) => row.status === "reviewed" && row.target.trim() !== "");
  const changes: BatchChange[] = reviewed.filter((row) => !row.locked).map((row) => ({ segmentId: row.id, baseVersion: seen?.get(row.id) ?? row.version, locked: true }));
  const result = await applyBatch({ documentId, kind: "lock", request: { segmentIds: paragraphs?.map((p) => p.segmentId) ?? "reviewed" }, author, changes });
  return { ...result, notReviewed: rows.length - reviewed.length };
}

/** Unlocks paragraphs, explicitly and on the record (kind "unlock", undoable). */
export async function unlockParagraphs({ documentId, paragraphs, author }: { documentId: number; paragraphs: readonly SeenParagraph[]; author: string }): Promise<BatchResult> {
  const rows = await paragraphsOf(documentId, paragraphs.map((p) => p.segmentId));
  const locked = new Set(rows.filter((row) => row.locked).map((row) => row.id));
  const changes = paragraphs.filter((p) => locked.has(p.segmentId)).map((p) => ({ ...p, locked: false }));
  return applyBatch({ documentId, kind: "unlock", request: { segmentIds: paragraphs.map((p) => p.segmentId) }, author, changes });
}

/**
 * Sets one status on many paragraphs (kind "status", undoable), limited to the drafts of an origin
 * when `from` says so. Empty paragraphs are left (an empty paragraph is untranslated) and counted;
 * locked ones are skipped by the batch. Confirming (translated, reviewed) makes a draft the
 * translator's own: its origin goes, as with a person's save.
 */
export async function changeStatus(input: { documentId: number; paragraphs: readonly SeenParagraph[]; status: BatchStatus; from?: OriginFilter; author: string }): Promise<StatusResult> {
  const { documentId, paragraphs, status, from = "any", author } = input;
  const rows = new Map((await paragraphsOf(documentId, paragraphs.map((p) => p.segmentId))).map((row) => [row.id, row]));
  let empty = 0;
  const changes: BatchChange[] = [];
  for (const { segmentId, baseVersion } of paragraphs) {
    const row = rows.get(segmentId);
    if (row && from !== "any" && !(row.status === "draft" && originMatches(from, row.origin))) continue;
    if (row && row.target.trim() === "") {
      empty++;
      continue;
    }
    changes.push({ segmentId, baseVersion, status, ...(status === "draft" ? {} : { origin: "" }) });
  }
  const result = await applyBatch({ documentId, kind: "status", request: { status, from, segmentIds: paragraphs.map((p) => p.segmentId) }, author, changes });
  return { ...result, empty };
}

// The memory's key per source text, kept across requests: a 10,000-paragraph document is keyed once
// (OpenCC for each paragraph), after which a count costs one read of the rows and a lookup per row.
let keyOf: Promise<(source: string) => string> | null = null;
const repetitionKey = () => (keyOf ??= loadMatchKey().then((matchKey) => cachedMemoryKey(matchKey)));

async function repetitionsOf(documentId: number, segmentId: number) {
  const rows = await paragraphsOf(documentId);
  const confirmed = rows.find((row) => row.id === segmentId);
  if (!confirmed) throw new DomainError("NOT_FOUND");
  const isConfirmed = confirmed.target.trim() !== "" && (confirmed.status === "translated" || confirmed.status === "reviewed");
  return { confirmed, repetitions: isConfirmed ? emptyRepetitions(confirmed, rows, await repetitionKey()) : [] };
}

/** How many empty paragraphs of the document repeat a confirmed paragraph (0 when it is not confirmed). */
export async function countRepetitions({ documentId, segmentId }: { documentId: number; segmentId: number }): Promise<{ count: number }> {
  return { count: (await repetitionsOf(documentId, segmentId)).repetitions.length };
}

/**
 * Fills the empty repetitions of a confirmed paragraph with its translation as drafts of origin
 * "repetition" (kind "repetitions", undoable in one step). Texts and keys come from the rows, never
 * from the caller.
 */
export async function fillRepetitions({ documentId, segmentId, author }: { documentId: number; segmentId: number; author: string }): Promise<BatchResult> {
  const { confirmed, repetitions } = await repetitionsOf(documentId, segmentId);
  const changes = repetitions.map((row) => ({ segmentId: row.id, baseVersion: row.version, target: confirmed.target, status: "draft" as const, origin: REPETITION_ORIGIN }));
  return applyBatch({ documentId, kind: "repetitions", request: { segmentId }, author, changes });
}
