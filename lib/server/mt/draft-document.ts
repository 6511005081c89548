import "server-only";
import { randomUUID } from "node:crypto";
import { DomainError } from "@/lib/core/errors";
import type { DraftEvent, DraftSummary } from "@/lib/core/mt/mt-contract";
import { estimateCost, type MtEstimate } from "@/lib/core/mt/estimate-cost";
import { mtOrigin, type MtSettings } from "@/lib/core/mt/mt-types";
import type { RetryPolicy } from "@/lib/core/mt/retry-policy";
import { runPool } from "@/lib/core/mt/run-pool";
import { saveSegmentTarget } from "../segments";
import { loadDocumentContext, type DocumentContext } from "./document-context";
import { cachedMtKeys, readMtCache, writeMtCache } from "./mt-cache";
import { toMtFailure } from "./mt-errors";
import { readMtSettings } from "./mt-settings";
import { translateParagraph } from "./translate-paragraph";

export type DraftOptions = {
  documentId: number;
  /** Paragraphs to draft; omitted: the whole document. */
  segmentIds?: number[];
  /** True (the default): paragraphs with a translation are left out; false: they are counted as skipped. */
  onlyEmpty?: boolean;
  /** At most this many paragraphs are drafted. */
  limit?: number;
  /** Estimate only: nothing is sent or saved. */
  dryRun?: boolean;
  signal?: AbortSignal;
  onEvent?: (event: DraftEvent) => void;
  /** Defaults to the settings in force (page, then environment). */
  settings?: MtSettings | null;
  retryPolicy?: RetryPolicy;
  /** Recorded as the revisions' author. */
  author?: string;
};

type Plan = { context: DocumentContext; todo: number[]; skipped: number[] };

async function plan(options: DraftOptions): Promise<Plan> {
  const context = await loadDocumentContext(options.documentId);
  const wanted = options.segmentIds ? new Set(options.segmentIds) : null;
  const chosen = context.segments.map((_, i) => i).filter((i) => wanted === null || wanted.has(context.segments[i].id));
  const empty = chosen.filter((i) => context.segments[i].target.trim() === "");
  const filled = options.onlyEmpty === false ? chosen.filter((i) => context.segments[i].target.trim() !== "") : [];
  const todo = options.limit === undefined ? empty : empty.slice(0, Math.max(0, options.limit));
  return { context, todo, skipped: filled };
}

async function estimateWith(context: DocumentContext, todo: number[], settings: MtSettings): Promise<MtEstimate & { cachedKeys: Set<string> }> {
  const keys = todo.map((i) => context.cacheKey(i, settings));
  const cachedKeys = await cachedMtKeys(keys);
  return { ...estimateCost(todo.map((i, n) => ({ source: context.segments[i].source, cached: cachedKeys.has(keys[n]) }))), cachedKeys };
}

/**
 * Fills empty paragraphs of a document with machine drafts, a few at a time: each text goes through
 * the versioned save with its origin "mt:PROVIDER:MODEL", status draft, and only if the paragraph is
 * still empty and unchanged when it is saved (a person's text is never overwritten: skipped). A
 * provider failure is counted and the batch goes on; aborting `signal` stops it (nothing more is sent
 * or saved). Events: the estimate first, then one per paragraph, then the summary.
 */
export async function draftDocument(options: DraftOptions): Promise<DraftSummary> {
  const settings = options.settings === undefined ? await readMtSettings() : options.settings;
  if (!settings) throw new DomainError("MT_NOT_CONFIGURED");
  const emit = options.onEvent ?? (() => {});
  const { context, todo, skipped: listed } = await plan(options);
  const { cachedKeys, ...estimate } = await estimateWith(context, todo, settings);
  emit({ type: "estimate", ...estimate });
  const summary: DraftSummary = { filled: 0, failed: 0, skipped: 0, cancelled: false };
  if (options.dryRun) {
    emit({ type: "summary", ...summary });
    return summary;
  }
  const total = todo.length + listed.length;
  let done = 0;
  for (const i of listed) {
    summary.skipped++;
    emit({ type: "skipped", segmentId: context.segments[i].id, done: ++done, total });
  }
  const origin = mtOrigin(settings.provider, settings.model);
  const { signal } = options;

  await runPool(
    todo,
    settings.maxConcurrent,
    async (i) => {
      const segment = context.segments[i];
      try {
        const key = context.cacheKey(i, settings);
        // Only paragraphs found in the cache a moment ago are read from it (one query saved per paragraph).
        let text = cachedKeys.has(key) ? await readMtCache(key) : null;
        if (text === null) {
          const { sent, script } = context.sent(i, settings);
          text = await translateParagraph(settings, sent, script, { signal, glossary: context.terms, retryPolicy: options.retryPolicy });
          await writeMtCache(key, text);
        }
        if (signal?.aborted) return;
        const result = await saveSegmentTarget({
          segmentId: segment.id,
          baseVersion: segment.version,
          target: text,
          status: "draft",
          clientEditId: `mt-${randomUUID()}`,
          author: options.author ?? "mt",
          origin,
          onlyIfEmpty: true,
        });
        if (result.kind === "saved") {
          summary.filled++;
          emit({ type: "filled", segment: result.segment, done: ++done, total });
        } else {
          summary.skipped++;
          emit({ type: "skipped", segmentId: segment.id, done: ++done, total });
        }
      } catch (error) {
        if (signal?.aborted) return;
        summary.failed++;
        emit({ type: "failed", segmentId: segment.id, done: ++done, total, ...toMtFailure(error, "draftDocument") });
      }
    },
    signal,
  );
  summary.cancelled = signal?.aborted === true;
  emit({ type: "summary", ...summary });
  return summary;
}
