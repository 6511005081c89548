import "server-only";
import type { BatchChange, BatchResult } from "@/lib/core/batch/batch-types";
import { planReplace } from "@/lib/core/search/plan-replace";
import type { ReplaceQuery } from "@/lib/core/search/replace-types";
import { applyBatch } from "./batch-edits";
import { prisma } from "./db";

/** Which paragraphs the translator searched: all, those the editor's filter showed, or those with a glossary term. */
export type ReplaceScope = { kind: "all" } | { kind: "filter"; filter: string; query: string } | { kind: "term"; term: string };

/** A paragraph the translator saw in the preview and kept ticked, at the version the preview was made from. */
export type PreviewedParagraph = { segmentId: number; version: number };

/**
 * Replace all, as one undoable batch: each previewed paragraph's new text is computed again from the
 * text stored (never taken from the client), and written only if the paragraph is still at the
 * version previewed and not locked; the others are reported as skipped. The query and the scope are
 * kept with the batch for the history.
 */
export async function replaceInDocument(input: { documentId: number; query: ReplaceQuery; scope: ReplaceScope; paragraphs: readonly PreviewedParagraph[]; author: string }): Promise<BatchResult> {
  const { documentId, query, scope, author } = input;
  const paragraphs = [...new Map(input.paragraphs.map((p) => [p.segmentId, p])).values()];
  // The whole document's texts in one read (at most MAX_PARAGRAPHS): quicker than an IN list of 10,000 ids.
  const asked = new Set(paragraphs.map((p) => p.segmentId));
  const rows = (await prisma.segment.findMany({ where: { documentId }, select: { id: true, target: true } })).filter((row) => asked.has(row.id));
  const plan = planReplace(rows.map((row) => ({ id: row.id, text: row.target })), query);
  const after = new Map(plan.changes.map((change) => [change.id, change.after]));
  // A paragraph without a new text still goes to the batch, which says why it was left: another document's, changed, locked.
  const changes: BatchChange[] = paragraphs.map(({ segmentId, version }) =>
    after.has(segmentId) ? { segmentId, baseVersion: version, target: after.get(segmentId), origin: "" } : { segmentId, baseVersion: version },
  );
  return applyBatch({ documentId, kind: "replace", request: { ...query, scope }, author, changes });
}
