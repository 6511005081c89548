import "server-only";
import { OVERRIDE_SCRIPTS, type ConversionFinding, type ConversionOverride, type OverrideScript } from "@/lib/core/convert/conversion-review-types";
import { describeOption } from "@/lib/core/convert/describe-option";
import { loadConversionReviewer } from "@/lib/core/convert/review-conversion";
import { DomainError } from "@/lib/core/errors";
import { isOneOf, type ScriptView } from "@/lib/core/model";
import { sliceCodePoints } from "@/lib/core/text/code-points";
import { prisma } from "./db";
import { getDictionary } from "./dictionary";
import { getDocument } from "./documents";

const FIELDS = { id: true, documentId: true, segmentId: true, start: true, from: true, to: true, script: true } as const;
/** Overrides name a word or a phrase, never a paragraph. */
export const MAX_OVERRIDE_LENGTH = 32;

function toOverride(row: Omit<ConversionOverride, "script"> & { script: string }): ConversionOverride {
  if (!isOneOf(OVERRIDE_SCRIPTS, row.script)) throw new Error(`Unknown override script in database: ${row.script}`);
  return { ...row, script: row.script };
}

/** A document's conversion overrides, oldest first. */
export async function findConversionOverrides({ documentId }: { documentId: number }): Promise<ConversionOverride[]> {
  const rows = await prisma.conversionOverride.findMany({ where: { documentId }, orderBy: { id: "asc" }, select: FIELDS });
  return rows.map(toOverride);
}

export type NewConversionOverride = { documentId: number; segmentId: number | null; start: number | null; from: string; to: string; script: OverrideScript };

/**
 * Records a choice: for one occurrence (segmentId and start, checked against the stored source) or
 * for the whole document (both null). A new choice for the same place or word replaces the old one.
 */
export async function createConversionOverride(input: NewConversionOverride): Promise<ConversionOverride[]> {
  const { documentId, segmentId, start, from, to, script } = input;
  const isOne = segmentId !== null && start !== null;
  if (!from || !to || [...from].length > MAX_OVERRIDE_LENGTH || [...to].length > MAX_OVERRIDE_LENGTH) throw new DomainError("INVALID_OVERRIDE");
  if (isOne !== (segmentId !== null || start !== null)) throw new DomainError("INVALID_OVERRIDE");
  if (isOne) {
    const segment = await prisma.segment.findFirst({ where: { id: segmentId, documentId }, select: { source: true } });
    if (!segment) throw new DomainError("NOT_FOUND");
    if (sliceCodePoints(segment.source, start, start + [...from].length) !== from) throw new DomainError("INVALID_OVERRIDE");
  } else if ((await prisma.document.count({ where: { id: documentId } })) === 0) throw new DomainError("NOT_FOUND");
  await prisma.$transaction([
    prisma.conversionOverride.deleteMany({ where: { documentId, segmentId, start, from, script } }),
    prisma.conversionOverride.create({ data: { documentId, segmentId, start, from, to, script } }),
  ]);
  return findConversionOverrides({ documentId });
}

/** Removes a choice (undo); the views go back to OpenCC's pick. */
export async function deleteConversionOverride({ id, documentId }: { id: number; documentId: number }): Promise<ConversionOverride[]> {
  const { count } = await prisma.conversionOverride.deleteMany({ where: { id, documentId } });
  if (count === 0) throw new DomainError("NOT_FOUND");
  return findConversionOverrides({ documentId });
}

/** Short CC-CEDICT senses for conversion choices, in the order asked. */
export function describeConversionOptions({ options }: { options: { text: string; source: string }[] }): string[] {
  const dictionary = getDictionary();
  return options.map(({ text, source }) => describeOption(dictionary, text, source));
}

export type ParagraphFindings = { segmentId: number; n: number; findings: ConversionFinding[] };

/**
 * The conversion review of a whole document in a view (by default the other script), with its
 * overrides applied and a dictionary sense for every option; paragraphs without findings are left out.
 */
export async function findConversionFindings({ documentId, view }: { documentId: number; view?: ScriptView }): Promise<ParagraphFindings[]> {
  const [document, overrides, review] = await Promise.all([getDocument({ id: documentId }), findConversionOverrides({ documentId }), loadConversionReviewer()]);
  const dictionary = getDictionary();
  const hints = new Map<string, string>();
  const describe = (text: string, source: string) => {
    const key = `${text}\u0000${source}`;
    let hint = hints.get(key);
    if (hint === undefined) hints.set(key, (hint = describeOption(dictionary, text, source)));
    return hint;
  };
  return document.segments.flatMap((segment, i) => {
    const { findings } = review(segment.source, document.script, { view, overrides, segmentId: segment.id, describe });
    return findings.length ? [{ segmentId: segment.id, n: i + 1, findings }] : [];
  });
}
