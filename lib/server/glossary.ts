import "server-only";
import { DomainError } from "@/lib/core/errors";
import { TERM_STATUSES, TERM_USAGES, isOneOf, type Term, type TermInput, type TermStatus, type TermUsage } from "@/lib/core/model";
import type { Prisma } from "./generated/prisma/client";
import { containsIgnoringCase, prisma } from "./db";

const FIELDS = { id: true, documentId: true, projectId: true, source: true, target: true, note: true, usage: true, status: true, proposedBy: true } as const;

function toUsage(value: string): TermUsage {
  if (!isOneOf(TERM_USAGES, value)) throw new Error(`Unknown term usage in database: ${value}`);
  return value;
}

function toStatus(value: string): TermStatus {
  if (!isOneOf(TERM_STATUSES, value)) throw new Error(`Unknown term status in database: ${value}`);
  return value;
}

const toTerm = (row: Omit<Term, "usage" | "status"> & { usage: string; status: string }): Term => ({ ...row, usage: toUsage(row.usage), status: toStatus(row.status) });

/** The glossary a document matches against (and exports): its own terms, its project's, and the shared ones when its project uses them. */
export async function documentScope(documentId: number): Promise<Prisma.TermWhereInput[]> {
  const document = await prisma.document.findUnique({ where: { id: documentId }, select: { projectId: true, project: { select: { usesSharedGlossary: true } } } });
  if (!document) return [{ documentId }];
  const shared = document.project.usesSharedGlossary ? [{ documentId: null, projectId: null }] : [];
  return [{ documentId }, { documentId: null, projectId: document.projectId }, ...shared];
}

/**
 * Terms in source order: the glossaries (shared, and of the projects in `projectIds`, every project when
 * null), or with documentId the terms that document matches against; `query` narrows to terms whose
 * Chinese, English or note contains it; `status` to approved terms (what QA, MT and exports use) or to
 * proposals (every status when absent: the glossary page and the editor show proposals as such).
 */
export async function findTerms({ documentId = null, query = "", projectIds = null, status }: { documentId?: number | null; query?: string; projectIds?: number[] | null; status?: TermStatus } = {}): Promise<Term[]> {
  const q = query.trim();
  const rows = await prisma.term.findMany({
    where: {
      OR: documentId !== null ? await documentScope(documentId) : projectIds === null ? [{ documentId: null }] : [{ documentId: null, projectId: null }, { documentId: null, projectId: { in: projectIds } }],
      ...(status ? { status } : {}),
      ...(q ? { AND: [{ OR: [{ source: containsIgnoringCase(q) }, { target: containsIgnoringCase(q) }, { note: containsIgnoringCase(q) }] }] } : {}),
    },
    orderBy: [{ source: "asc" }, { id: "asc" }],
    select: FIELDS,
  });
  return rows.map(toTerm);
}

/** Where a term added from a document's editor goes: the shared glossary, or its project's when the project does not use the shared one. */
export async function termScopeOfDocument(documentId: number): Promise<number | null> {
  const document = await prisma.document.findUnique({ where: { id: documentId }, select: { projectId: true, project: { select: { usesSharedGlossary: true } } } });
  if (!document) throw new DomainError("NOT_FOUND");
  return document.project.usesSharedGlossary ? null : document.projectId;
}

function checked(input: TermInput): TermInput {
  const term = { ...input, source: input.source.trim(), target: input.target.trim(), note: input.note.trim() };
  if (term.source === "" || term.target === "") throw new DomainError("INVALID_TERM");
  return term;
}

/** A new term: approved at once (`status` absent), or a proposal; `author` records who added it. */
export async function createTerm(input: TermInput & { documentId?: number | null; projectId?: number | null; status?: TermStatus; author?: string }): Promise<Term> {
  const { documentId = null, projectId = null, status = "approved", author = "", ...fields } = input;
  return toTerm(await prisma.term.create({ data: { ...checked(fields), documentId, projectId, status, proposedBy: author }, select: FIELDS }));
}

/** Approves a proposal (a term approved already stays as it was, so two reviewers approving at once is harmless); throws NOT_FOUND. */
export async function approveTerm({ id, author }: { id: number; author: string }): Promise<Term> {
  await prisma.term.updateMany({ where: { id, status: "proposed" }, data: { status: "approved", approvedBy: author, approvedAt: new Date() } });
  const row = await prisma.term.findUnique({ where: { id }, select: FIELDS });
  if (!row) throw new DomainError("NOT_FOUND");
  return toTerm(row);
}


/** What a term must still be when it is written, if the right to write came from it (a translator's own proposal: term-rights.ts). */
export type TermGuard = { status: "proposed"; proposedBy: string } | null;

/** NOT_FOUND when the term is gone; FORBIDDEN when it is there but no longer as its guard says (approved meanwhile). */
async function refusalOf(id: number): Promise<DomainError> {
  return new DomainError((await prisma.term.count({ where: { id } })) ? "FORBIDDEN" : "NOT_FOUND");
}

export async function updateTerm({ id, ...fields }: TermInput & { id: number }, guard: TermGuard = null): Promise<Term> {
  const { count } = await prisma.term.updateMany({ where: { id, ...guard }, data: checked(fields) });
  if (count === 0) throw await refusalOf(id);
  return toTerm(await prisma.term.findUniqueOrThrow({ where: { id }, select: FIELDS }));
}

export async function deleteTerm({ id }: { id: number }, guard: TermGuard = null): Promise<void> {
  const { count } = await prisma.term.deleteMany({ where: { id, ...guard } });
  if (count === 0) throw await refusalOf(id);
}

/**
 * Adds imported terms to a project's glossary (the shared one when projectId is null) in one transaction, approved; a term with the same Chinese and
 * English as an existing one updates its note and usage instead of doubling it (and approves it if it was proposed). Skipped: terms already
 * there with the same note and usage, and repeats of a pair earlier in the same import.
 */
export async function importTerms({ terms, projectId = null, author = "" }: { terms: TermInput[]; projectId?: number | null; author?: string }): Promise<{ added: number; updated: number; skipped: number }> {
  const clean = terms.map(checked);
  return prisma.$transaction(async (tx) => {
    const existing = await tx.term.findMany({ where: { documentId: null, projectId }, select: { id: true, source: true, target: true, note: true, usage: true, status: true } });
    const byPair = new Map(existing.map((row) => [`${row.source}\t${row.target}`, row]));
    const seen = new Set<string>();
    const fresh: TermInput[] = [];
    let updated = 0;
    for (const term of clean) {
      const pair = `${term.source}\t${term.target}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      const row = byPair.get(pair);
      if (row === undefined) fresh.push(term);
      else if (row.note !== term.note || row.usage !== term.usage || row.status === "proposed") {
        // An import is a reviewer's: a proposal it names is approved by it.
        const approval = row.status === "proposed" ? { status: "approved", approvedBy: author, approvedAt: new Date() } : {};
        await tx.term.update({ where: { id: row.id }, data: { note: term.note, usage: term.usage, ...approval }, select: { id: true } });
        updated++;
      }
    }
    await tx.term.createMany({ data: fresh.map((term) => ({ ...term, documentId: null, projectId, proposedBy: author })) });
    return { added: fresh.length, updated, skipped: clean.length - fresh.length - updated };
  }, { timeout: 60_000 });
}
