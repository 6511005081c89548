import "server-only";
import { isAnchored } from "@/lib/core/annotate/reanchor-annotation";
import { loadPlan, TO_SIMPLIFIED, type ViewConverter } from "@/lib/core/convert/load-view-converter";
import { loadMatchKey, type MatchKey } from "@/lib/core/convert/match-key";
import { mappedString } from "@/lib/core/convert/mapped-text";
import { DomainError } from "@/lib/core/errors";
import { buildTermIndex, findTermMatches, type TermIndex } from "@/lib/core/glossary/find-term-matches";
import type { SourceScript, Term } from "@/lib/core/model";
import { glossaryVersion, mtCacheKey } from "@/lib/core/mt/cache-key";
import type { MtAnnotation, MtRequest, MtSettings, MtTerm } from "@/lib/core/mt/mt-types";
import { sourceForMt, type SentRequest } from "@/lib/core/mt/source-for-mt";
import { prisma } from "../db";
import { findTerms } from "../glossary";

export type ContextSegment = { id: number; position: number; source: string; target: string; version: number };

/** Everything needed to build any paragraph's request of one document, read once. */
export type DocumentContext = {
  documentId: number;
  script: SourceScript;
  segments: ContextSegment[];
  terms: Term[];
  request(index: number): MtRequest;
  /** The request in the script sent, and the script that is. */
  sent(index: number, settings: MtSettings): { sent: SentRequest; script: SourceScript };
  cacheKey(index: number, settings: MtSettings): string;
};

const tools = { toKey: null as Promise<MatchKey> | null, toSimplified: null as Promise<ViewConverter> | null };

function toMtTerm(term: Term): MtTerm {
  return { source: term.source, target: term.target, usage: term.usage, note: term.note };
}

export async function loadDocumentContext(documentId: number): Promise<DocumentContext> {
  const document = await prisma.document.findUnique({
    where: { id: documentId },
    select: {
      script: true,
      mtStyleNote: true,
      segments: { orderBy: { position: "asc" }, select: { id: true, position: true, source: true, target: true, version: true } },
    },
  });
  if (!document) throw new DomainError("NOT_FOUND");
  const [terms, annotationRows, toKey, toSimplified] = await Promise.all([
    findTerms({ documentId, status: "approved" }),
    prisma.annotation.findMany({
      where: { segment: { documentId } },
      select: { segmentId: true, start: true, end: true, quote: true, gloss: true, note: true, category: true },
    }),
    (tools.toKey ??= loadMatchKey()),
    (tools.toSimplified ??= loadPlan(TO_SIMPLIFIED)),
  ]);
  const ordered = [...terms].sort((a, b) => Number(a.usage === "forbidden") - Number(b.usage === "forbidden"));
  const keys = new Map(terms.map((term) => [term.id, mappedString(toKey(term.source))]));
  const index: TermIndex = buildTermIndex(ordered.map((term) => ({ id: term.id, key: keys.get(term.id)! })));
  const segments = document.segments;
  const script = document.script === "hant" ? "hant" : "hans";

  const request = (i: number): MtRequest => {
    const segment = segments[i];
    const found = new Set(findTermMatches(index, toKey(segment.source)).map((match) => keys.get(match.termId)!));
    const annotations: MtAnnotation[] = annotationRows
      .filter((row) => row.segmentId === segment.id && isAnchored(row, segment.source))
      .sort((a, b) => a.start - b.start)
      .map(({ start, end, gloss, note, category }) => ({ start, end, gloss, note, category }));
    return {
      source: segment.source,
      // Every term with the same Chinese (in either script) as a found one: a forbidden rendering too, not only the winner.
      terms: terms.filter((term) => found.has(keys.get(term.id)!)).map(toMtTerm),
      annotations,
      previous: segments[i - 1]?.source ?? "",
      next: segments[i + 1]?.source ?? "",
      styleNote: document.mtStyleNote,
    };
  };
  return {
    documentId,
    script,
    segments,
    terms,
    request,
    sent(i, settings) {
      const sent = sourceForMt(request(i), settings.sourceScript, toSimplified);
      return { sent, script: settings.sourceScript === "hans" ? "hans" : script };
    },
    cacheKey(i, settings) {
      // The glossary's version as far as this paragraph goes: the terms it contains, so that a term
      // added elsewhere does not make every cached paragraph be paid for again.
      const version = glossaryVersion(request(i).terms);
      return mtCacheKey({ source: segments[i].source, provider: settings.provider, model: settings.model, glossaryVersion: version, sourceScript: settings.sourceScript });
    },
  };
}
