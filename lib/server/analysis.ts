import "server-only";
import { analyzeMatches, type MatchAnalysis } from "@/lib/core/analysis/analyze-matches";
import { addCounts, countDocument, type DocumentCounts } from "@/lib/core/analysis/count-document";
import { LOWEST_BAND_SCORE } from "@/lib/core/analysis/match-bands";
import { DomainError } from "@/lib/core/errors";
import { splitChineseSentences } from "@/lib/core/memory/split-sentences";
import type { SegmentStatus } from "@/lib/core/model";
import { prisma } from "./db";
import { segmentGroup, withMemoryIndex } from "./memory-cache";

export type AnalysisUnit = "paragraph" | "sentence";

export type JobAnalysis = {
  documents: { id: number; title: string; counts: DocumentCounts }[];
  counts: DocumentCounts;
  unit: AnalysisUnit;
  matches: MatchAnalysis;
};

/**
 * Counts and match analysis of a job (one or more documents, analysed together so a paragraph repeated
 * in another document of the job is a repetition) against the translation memory. The job's own
 * paragraphs are left out of the memory: a document does not match itself.
 */
export async function analyzeDocuments({ ids, unit = "paragraph" }: { ids: readonly number[]; unit?: AnalysisUnit }): Promise<JobAnalysis> {
  const found = await prisma.document.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, title: true, segments: { orderBy: { position: "asc" }, select: { id: true, source: true, target: true, status: true } } },
  });
  const byId = new Map(found.map((document) => [document.id, document]));
  const missing = ids.find((id) => !byId.has(id));
  if (missing !== undefined) throw new DomainError("NOT_FOUND");
  const ordered = ids.map((id) => byId.get(id)!);
  const documents = ordered.map(({ id, title, segments }) => ({
    id,
    title,
    counts: countDocument(segments.map((s) => ({ source: s.source, target: s.target, status: s.status as SegmentStatus }))),
  }));
  const counts = documents.map((d) => d.counts).reduce(addCounts);
  const segments = ordered.flatMap((document) => document.segments);
  const excluded = new Set(segments.map((segment) => segmentGroup(segment.id)));
  const texts = unit === "paragraph" ? segments.map((s) => s.source) : segments.flatMap((s) => splitChineseSentences(s.source).map((sentence) => sentence.text));
  const matches = await withMemoryIndex((index) =>
    analyzeMatches(texts, { keyOf: (text) => index.keyOf(text), bestScore: (key) => index.bestScore(key, { minScore: LOWEST_BAND_SCORE, excluded }) }),
  );
  return { documents, counts, unit, matches };
}
