import "server-only";
import { DomainError } from "@/lib/core/errors";
import type { MemoryOverview, PreTranslation } from "@/lib/core/memory/memory-summary";
import type { ConcordanceHit, MemoryMatch, MemoryOrigin } from "@/lib/core/memory/memory-types";
import { MIN_PRE_TRANSLATE_THRESHOLD, tmOrigin } from "@/lib/core/batch/batch-origins";
import { codePointLength } from "@/lib/core/text/code-points";
import { renderTagsAsText } from "@/lib/core/formats/inline-tag-chars";
import { prisma } from "./db";
import { mapPrismaError } from "./map-rows";
import { MEMORY_STATUSES, segmentGroup, withMemoryIndex } from "./memory-cache";
import { runParseTask } from "./run-parse-task";
import { applyBatch } from "./batch-edits";
import { memoryScopeOfDocument, memoryScopeOfProjects, type MemoryScope } from "./memory-scope";

// Translation memory and concordance over every translated paragraph and every imported TMX file.
// Decision (bench/memory-load.bench.ts; figures and reasons in memory-cache.ts): the bigram index lives
// in process memory, built when the server starts and refreshed before each lookup; only the CLI keeps
// it in a file between runs (saved-memory.ts).

export const MATCH_LIMIT = 5;
export const MIN_FUZZY_SCORE = 70;
// With several projects a lookup asks for more and keeps what the scope allows.
const SCOPED_FACTOR = 10;

function inScope<T extends { unit: { origin: MemoryOrigin } }>(hits: T[], scope: MemoryScope, limit: number): T[] {
  return scope === null ? hits : hits.filter(({ unit }) => scope(unit.origin)).slice(0, limit);
}

/** Up to five matches for a paragraph (whole or by sentence), best first; never the paragraph itself. */
export async function findMemoryMatches({ documentId, segmentId }: { documentId: number; segmentId: number }): Promise<MemoryMatch[]> {
  const segment = await prisma.segment.findUnique({ where: { id: segmentId }, select: { documentId: true, source: true } });
  if (!segment || segment.documentId !== documentId) throw new DomainError("NOT_FOUND");
  const scope = await memoryScopeOfDocument(documentId);
  const limit = scope === null ? MATCH_LIMIT : MATCH_LIMIT * SCOPED_FACTOR;
  const matches = await withMemoryIndex((index) => index.lookup(segment.source, { limit, minScore: MIN_FUZZY_SCORE, excludeGroups: [segmentGroup(segmentId)] }));
  return inScope(matches, scope, MATCH_LIMIT);
}

/** Where a text occurs in the documents and memories of `projectIds` (all when null) and the shared memories: Chinese in either script, English as whole words. */
export async function searchConcordance({ text, limit = 50, projectIds = null }: { text: string; limit?: number; projectIds?: number[] | null }): Promise<ConcordanceHit[]> {
  if (text.trim() === "") return [];
  const scope = await memoryScopeOfProjects(projectIds);
  const hits = await withMemoryIndex((index) => index.search(text.trim(), { limit: scope === null ? limit : limit * SCOPED_FACTOR }));
  return inScope(hits, scope, limit);
}

/** Imports a TMX file as a memory in one transaction; broken XML or another pair stores nothing. */
export async function importTmxMemory({ name, fileName = "", xml, projectId = null }: { name: string; fileName?: string; xml: string; projectId?: number | null }): Promise<{ id: number; entries: number }> {
  const parsed = await runParseTask("parseBilingual", [xml]);
  if (parsed.format !== "tmx") throw new DomainError("UNSUPPORTED_FORMAT", { name: parsed.format });
  const entries = parsed.units
    // A memory entry is text to reuse: its inline tags are left out.
    .map(({ source, target }) => ({ source: renderTagsAsText(source, "drop").trim(), target: renderTagsAsText(target, "drop").trim() }))
    .filter(({ source, target }) => source !== "" && target !== "");
  if (entries.length === 0) throw new DomainError("EMPTY_SOURCE");
  const memory = await prisma.$transaction(async (tx) => {
    const created = await tx.translationMemory.create({
      data: { name: name.trim() || parsed.title || fileName || "TMX", fileName, sourceLang: parsed.sourceLang, targetLang: parsed.targetLang || "en", projectId },
      select: { id: true },
    });
    await tx.memoryEntry.createMany({ data: entries.map((entry, position) => ({ ...entry, position, memoryId: created.id })) });
    return created;
  });
  return { id: memory.id, entries: entries.length };
}

/** Imported memories (shared, and of `projectIds`; all when null), newest first, with their entry counts, and the number of document paragraphs in memory. */
export async function findMemories({ projectIds = null }: { projectIds?: number[] | null } = {}): Promise<MemoryOverview> {
  const [memories, documentParagraphs] = await Promise.all([
    prisma.translationMemory.findMany({
      where: projectIds === null ? {} : { OR: [{ projectId: null }, { projectId: { in: projectIds } }] },
      orderBy: { id: "desc" },
      select: { id: true, name: true, fileName: true, createdAt: true, _count: { select: { entries: true } } },
    }),
    prisma.segment.count({ where: { status: { in: MEMORY_STATUSES }, NOT: { target: "" }, ...(projectIds === null ? {} : { document: { projectId: { in: projectIds } } }) } }),
  ]);
  return { memories: memories.map(({ _count, ...memory }) => ({ ...memory, entries: _count.entries })), documentParagraphs };
}

/** Deletes an imported memory and its entries; throws NOT_FOUND. */
export async function deleteMemory({ id }: { id: number }): Promise<void> {
  await prisma.translationMemory.delete({ where: { id }, select: { id: true } }).catch(mapPrismaError);
}

/**
 * Fills the document's empty translations from paragraph matches of at least `threshold` percent (100:
 * exact matches only), as drafts of origin "tm:SCORE", in one batch (kind "pretranslate", undoable):
 * each revision is written, and a paragraph someone translated meanwhile is left as it is.
 */
export async function preTranslate({ documentId, threshold = 100, author }: { documentId: number; threshold?: number; author: string }): Promise<PreTranslation> {
  const document = await prisma.document.findUnique({ where: { id: documentId }, select: { id: true } });
  if (!document) throw new DomainError("NOT_FOUND");
  const minScore = Math.min(100, Math.max(MIN_PRE_TRANSLATE_THRESHOLD, Math.round(threshold)));
  const empty = await prisma.segment.findMany({
    where: { documentId, target: "" },
    orderBy: { position: "asc" },
    select: { id: true, source: true, version: true },
  });
  const scope = await memoryScopeOfDocument(documentId);
  const limit = scope === null ? MATCH_LIMIT : MATCH_LIMIT * SCOPED_FACTOR;
  const changes = await withMemoryIndex((index) =>
    empty.flatMap((segment) => {
      // Matches come best first; the best paragraph match for the whole paragraph fills it.
      const match = inScope(index.lookup(segment.source, { limit, minScore, excludeGroups: [segmentGroup(segment.id)] }), scope, MATCH_LIMIT)
        .find(({ unit, score, queryRange }) => score >= minScore && unit.level === "paragraph" && isWhole(queryRange, segment.source) && unit.target.trim() !== "");
      return match ? [{ segmentId: segment.id, baseVersion: segment.version, target: match.unit.target, status: "draft" as const, origin: tmOrigin(match.score) }] : [];
    }),
  );
  return applyBatch({ documentId, kind: "pretranslate", request: { threshold: minScore }, author, changes });
}

const isWhole = (range: { start: number; end: number }, text: string) => range.start === 0 && range.end >= codePointLength(text);
