import "server-only";
import { randomUUID } from "node:crypto";
import { DomainError } from "@/lib/core/errors";
import type { MemoryOverview, PreTranslation } from "@/lib/core/memory/memory-summary";
import type { ConcordanceHit, MemoryMatch } from "@/lib/core/memory/memory-types";
import type { Segment } from "@/lib/core/model";
import { codePointLength } from "@/lib/core/text/code-points";
import { renderTagsAsText } from "@/lib/core/formats/inline-tag-chars";
import { prisma } from "./db";
import { mapPrismaError } from "./map-rows";
import { MEMORY_STATUSES, segmentGroup, withMemoryIndex } from "./memory-cache";
import { runParseTask } from "./run-parse-task";
import { saveSegmentTarget } from "./segments";

// Translation memory and concordance over every translated paragraph and every imported TMX file.
// Decision (bench/memory-load.bench.ts; figures and reasons in memory-cache.ts): the bigram index lives
// in process memory, built when the server starts and refreshed before each lookup; it is not persisted.

export const MATCH_LIMIT = 5;
export const MIN_FUZZY_SCORE = 70;

/** Up to five matches for a paragraph (whole or by sentence), best first; never the paragraph itself. */
export async function findMemoryMatches({ documentId, segmentId }: { documentId: number; segmentId: number }): Promise<MemoryMatch[]> {
  const segment = await prisma.segment.findUnique({ where: { id: segmentId }, select: { documentId: true, source: true } });
  if (!segment || segment.documentId !== documentId) throw new DomainError("NOT_FOUND");
  return withMemoryIndex((index) => index.lookup(segment.source, { limit: MATCH_LIMIT, minScore: MIN_FUZZY_SCORE, excludeGroups: [segmentGroup(segmentId)] }));
}

/** Where a text occurs in all documents and memories: Chinese in either script, English as whole words. */
export async function searchConcordance({ text, limit = 50 }: { text: string; limit?: number }): Promise<ConcordanceHit[]> {
  if (text.trim() === "") return [];
  return withMemoryIndex((index) => index.search(text.trim(), { limit }));
}

/** Imports a TMX file as a memory in one transaction; broken XML or another pair stores nothing. */
export async function importTmxMemory({ name, fileName = "", xml }: { name: string; fileName?: string; xml: string }): Promise<{ id: number; entries: number }> {
  const parsed = await runParseTask("parseBilingual", [xml]);
  if (parsed.format !== "tmx") throw new DomainError("UNSUPPORTED_FORMAT", { name: parsed.format });
  const entries = parsed.units
    // A memory entry is text to reuse: its inline tags are left out.
    .map(({ source, target }) => ({ source: renderTagsAsText(source, "drop").trim(), target: renderTagsAsText(target, "drop").trim() }))
    .filter(({ source, target }) => source !== "" && target !== "");
  if (entries.length === 0) throw new DomainError("EMPTY_SOURCE");
  const memory = await prisma.$transaction(async (tx) => {
    const created = await tx.translationMemory.create({
      data: { name: name.trim() || parsed.title || fileName || "TMX", fileName, sourceLang: parsed.sourceLang, targetLang: parsed.targetLang || "en" },
      select: { id: true },
    });
    await tx.memoryEntry.createMany({ data: entries.map((entry, position) => ({ ...entry, position, memoryId: created.id })) });
    return created;
  });
  return { id: memory.id, entries: entries.length };
}

/** Imported memories, newest first, with their entry counts, and the number of document paragraphs in memory. */
export async function findMemories(): Promise<MemoryOverview> {
  const [memories, documentParagraphs] = await Promise.all([
    prisma.translationMemory.findMany({
      orderBy: { id: "desc" },
      select: { id: true, name: true, fileName: true, createdAt: true, _count: { select: { entries: true } } },
    }),
    prisma.segment.count({ where: { status: { in: MEMORY_STATUSES }, NOT: { target: "" } } }),
  ]);
  return { memories: memories.map(({ _count, ...memory }) => ({ ...memory, entries: _count.entries })), documentParagraphs };
}

/** Deletes an imported memory and its entries; throws NOT_FOUND. */
export async function deleteMemory({ id }: { id: number }): Promise<void> {
  await prisma.translationMemory.delete({ where: { id }, select: { id: true } }).catch(mapPrismaError);
}

/**
 * Fills the document's empty translations from 100% paragraph matches, as drafts, each through the
 * normal versioned save (so a Revision is written): a paragraph someone translated meanwhile refuses it.
 */
export async function preTranslate({ documentId, author }: { documentId: number; author: string }): Promise<PreTranslation> {
  const document = await prisma.document.findUnique({ where: { id: documentId }, select: { id: true } });
  if (!document) throw new DomainError("NOT_FOUND");
  const empty = await prisma.segment.findMany({
    where: { documentId, target: "" },
    orderBy: { position: "asc" },
    select: { id: true, source: true, version: true },
  });
  const exact = await withMemoryIndex((index) =>
    empty.flatMap((segment) => {
      const match = index
        .lookup(segment.source, { limit: MATCH_LIMIT, minScore: 100, excludeGroups: [segmentGroup(segment.id)] })
        .find(({ unit, score, queryRange }) => score === 100 && unit.level === "paragraph" && isWhole(queryRange, segment.source) && unit.target.trim() !== "");
      return match ? [{ segment, target: match.unit.target }] : [];
    }),
  );
  const filled: Segment[] = [];
  for (const { segment, target } of exact) {
    const result = await saveSegmentTarget({
      segmentId: segment.id,
      baseVersion: segment.version,
      target,
      status: "draft",
      clientEditId: `pretranslate-${randomUUID()}`,
      author,
    });
    if (result.kind === "saved") filled.push(result.segment);
  }
  return { filled };
}

const isWhole = (range: { start: number; end: number }, text: string) => range.start === 0 && range.end >= codePointLength(text);
