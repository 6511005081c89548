import "server-only";
import { DomainError } from "@/lib/core/errors";
import { TERM_USAGES, isOneOf, type Term, type TermInput, type TermUsage } from "@/lib/core/model";
import { containsIgnoringCase, prisma } from "./db";

const FIELDS = { id: true, documentId: true, source: true, target: true, note: true, usage: true } as const;

function toUsage(value: string): TermUsage {
  if (!isOneOf(TERM_USAGES, value)) throw new Error(`Unknown term usage in database: ${value}`);
  return value;
}

const toTerm = (row: Omit<Term, "usage"> & { usage: string }): Term => ({ ...row, usage: toUsage(row.usage) });

/**
 * Terms in source order: the global glossary, plus one document's own terms when documentId is
 * given; `query` narrows to terms whose Chinese, English or note contains it.
 */
export async function findTerms({ documentId = null, query = "" }: { documentId?: number | null; query?: string } = {}): Promise<Term[]> {
  const q = query.trim();
  const rows = await prisma.term.findMany({
    where: {
      OR: documentId === null ? [{ documentId: null }] : [{ documentId: null }, { documentId }],
      ...(q ? { AND: [{ OR: [{ source: containsIgnoringCase(q) }, { target: containsIgnoringCase(q) }, { note: containsIgnoringCase(q) }] }] } : {}),
    },
    orderBy: [{ source: "asc" }, { id: "asc" }],
    select: FIELDS,
  });
  return rows.map(toTerm);
}

function checked(input: TermInput): TermInput {
  const term = { ...input, source: input.source.trim(), target: input.target.trim(), note: input.note.trim() };
  if (term.source === "" || term.target === "") throw new DomainError("INVALID_TERM");
  return term;
}

export async function createTerm(input: TermInput & { documentId?: number | null }): Promise<Term> {
  const { documentId = null, ...fields } = input;
  return toTerm(await prisma.term.create({ data: { ...checked(fields), documentId }, select: FIELDS }));
}

export async function updateTerm({ id, ...fields }: TermInput & { id: number }): Promise<Term> {
  const { count } = await prisma.term.updateMany({ where: { id }, data: checked(fields) });
  if (count === 0) throw new DomainError("NOT_FOUND");
  return toTerm(await prisma.term.findUniqueOrThrow({ where: { id }, select: FIELDS }));
}

export async function deleteTerm({ id }: { id: number }): Promise<void> {
  const { count } = await prisma.term.deleteMany({ where: { id } });
  if (count === 0) throw new DomainError("NOT_FOUND");
}

/**
 * Adds imported terms to the global glossary in one transaction; a term with the same Chinese and
 * English as an existing one updates its note and usage instead of doubling it. Skipped: terms already
 * there with the same note and usage, and repeats of a pair earlier in the same import.
 */
export async function importTerms({ terms }: { terms: TermInput[] }): Promise<{ added: number; updated: number; skipped: number }> {
  const clean = terms.map(checked);
  return prisma.$transaction(async (tx) => {
    const existing = await tx.term.findMany({ where: { documentId: null }, select: { id: true, source: true, target: true, note: true, usage: true } });
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
      else if (row.note !== term.note || row.usage !== term.usage) {
        await tx.term.update({ where: { id: row.id }, data: { note: term.note, usage: term.usage }, select: { id: true } });
        updated++;
      }
    }
    await tx.term.createMany({ data: fresh.map((term) => ({ ...term, documentId: null })) });
    return { added: fresh.length, updated, skipped: clean.length - fresh.length - updated };
  }, { timeout: 60_000 });
}
