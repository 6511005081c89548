import "server-only";
import { DomainError } from "@/lib/core/errors";
import { mtOrigin, type MtSettings } from "@/lib/core/mt/mt-types";
import { loadDocumentContext } from "./document-context";
import { readMtCache, writeMtCache } from "./mt-cache";
import { readMtSettings } from "./mt-settings";
import { toMtDomainError } from "./mt-errors";
import { translateParagraph, type TranslateOptions } from "./translate-paragraph";

export type Suggestion = { text: string; origin: string; cached: boolean };

/**
 * A machine translation of one paragraph of a document: from the cache when the same request was
 * paid for already, else from the provider (streamed to onText) and then cached. Nothing is saved to
 * the paragraph: the translator inserts it.
 */
export async function suggestTranslation(
  input: { documentId: number; segmentId: number; settings?: MtSettings | null; onStart?: (info: { origin: string; cached: boolean }) => void } & TranslateOptions,
): Promise<Suggestion> {
  const { documentId, segmentId, onStart, ...options } = input;
  const settings = input.settings === undefined ? await readMtSettings() : input.settings;
  if (!settings) throw new DomainError("MT_NOT_CONFIGURED");
  const context = await loadDocumentContext(documentId);
  const index = context.segments.findIndex((segment) => segment.id === segmentId);
  if (index < 0) throw new DomainError("NOT_FOUND");
  const origin = mtOrigin(settings.provider, settings.model);
  const key = context.cacheKey(index, settings);
  const cached = await readMtCache(key);
  onStart?.({ origin, cached: cached !== null });
  if (cached !== null) {
    options.onText?.(cached);
    return { text: cached, origin, cached: true };
  }
  const { sent, script } = context.sent(index, settings);
  let text: string;
  try {
    text = await translateParagraph(settings, sent, script, { ...options, glossary: context.terms });
  } catch (error) {
    throw toMtDomainError(error);
  }
  await writeMtCache(key, text);
  return { text, origin, cached: false };
}
