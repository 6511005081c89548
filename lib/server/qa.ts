import "server-only";
import { DomainError } from "@/lib/core/errors";
import { loadMatchKey } from "@/lib/core/convert/match-key";
import { findGlossaryIssues, type GlossaryIssue } from "@/lib/core/glossary/find-glossary-issues";
import { rankFindings } from "@/lib/core/qa/rank-findings";
import { glossaryFinding } from "@/lib/core/qa/glossary-finding";
import { checkDocument } from "@/lib/core/qa/check-document";
import { checkMojibake } from "@/lib/core/qa/check-mojibake";
import { ignoreId, type ParagraphQa, type QaIgnoreMark } from "@/lib/core/qa/qa-ignore";
import { getDocument } from "./documents";
import { findTerms } from "./glossary";
import { prisma } from "./db";


export async function findQaIgnores({ documentId }: { documentId: number }): Promise<QaIgnoreMark[]> {
  return prisma.qaIgnore.findMany({
    where: { segment: { documentId } },
    orderBy: { id: "asc" },
    select: { segmentId: true, key: true },
  });
}

/** Remembers that a warning is ignored on a paragraph; ignoring it twice is no error. */
export async function ignoreQaFinding({ segmentId, key }: QaIgnoreMark): Promise<void> {
  if (!(await prisma.segment.findUnique({ where: { id: segmentId }, select: { id: true } }))) throw new DomainError("NOT_FOUND");
  await prisma.qaIgnore.upsert({ where: { segmentId_key: { segmentId, key } }, create: { segmentId, key }, update: {}, select: { id: true } });
}

export async function unignoreQaFinding({ segmentId, key }: QaIgnoreMark): Promise<void> {
  await prisma.qaIgnore.deleteMany({ where: { segmentId, key } });
}

/**
 * Every QA check over a stored document (the paragraph and document checks of lib/core/qa, garbled
 * source text, and the glossary check), each finding flagged when the translator ignored it on its
 * paragraph.
 */
export async function runDocumentQa({ documentId }: { documentId: number }): Promise<ParagraphQa[]> {
  const [document, terms, ignores] = await Promise.all([getDocument({ id: documentId }), findTerms({ documentId, status: "approved" }), findQaIgnores({ documentId })]);
  const { segments } = document;
  const checked = checkDocument(segments);
  const glossary = terms.length ? findGlossaryIssues(segments, terms, await loadMatchKey()) : new Map<number, GlossaryIssue[]>();
  const ignored = new Set(ignores.map((mark) => ignoreId(mark.segmentId, mark.key)));
  return segments.flatMap((segment, index) => {
    const findings = rankFindings([...(checked.get(segment.id) ?? []), ...checkMojibake(segment.source), ...(glossary.get(segment.id) ?? []).map((issue) => glossaryFinding(issue, issue.term))]);
    if (findings.length === 0) return [];
    return [{ segmentId: segment.id, n: index + 1, findings: findings.map((finding) => ({ ...finding, isIgnored: ignored.has(ignoreId(segment.id, finding.key)) })) }];
  });
}
