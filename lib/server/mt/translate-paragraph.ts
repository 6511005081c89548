import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { buildPrompt } from "@/lib/core/mt/build-prompt";
import { MtProviderError, UNREADABLE, type MtSettings, type MtTerm } from "@/lib/core/mt/mt-types";
import { DEFAULT_RETRY, retryDelay, type RetryPolicy } from "@/lib/core/mt/retry-policy";
import type { SourceScript } from "@/lib/core/model";
import type { SentRequest } from "@/lib/core/mt/source-for-mt";
import { translateWithDeepl } from "./deepl-client";
import { translateWithLibre } from "./libretranslate-client";
import { streamChatCompletion } from "./openai-client";

export type TranslateOptions = {
  signal?: AbortSignal;
  /** Pieces of text as they arrive (OpenAI-compatible streams; other providers give the whole text once). */
  onText?: (text: string) => void;
  /** A retry starts over: text given to onText so far is void. */
  onRetry?: (waitMs: number, error: MtProviderError) => void;
  /** The glossary for DeepL's glossary feature (the document's terms; the prompt uses the paragraph's). */
  glossary?: readonly MtTerm[];
  retryPolicy?: RetryPolicy;
};

async function once(settings: MtSettings, sent: SentRequest, script: SourceScript, options: TranslateOptions): Promise<string> {
  switch (settings.provider) {
    case "openai":
      return streamChatCompletion(settings, buildPrompt(sent), options);
    case "deepl": {
      const text = await translateWithDeepl(settings, sent.source, options.glossary ?? sent.terms, options.signal);
      options.onText?.(text);
      return text;
    }
    case "libretranslate": {
      const text = await translateWithLibre(settings, sent.source, script, options.signal);
      options.onText?.(text);
      return text;
    }
  }
}

/**
 * One paragraph through the configured provider, retried on 429, 5xx and no answer with backoff and
 * jitter (or the server's Retry-After); other errors and the last failure throw MtProviderError.
 */
export async function translateParagraph(settings: MtSettings, sent: SentRequest, script: SourceScript, options: TranslateOptions = {}): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      const text = await once(settings, sent, script, options);
      if (text === "") throw new MtProviderError("The provider answered with an empty translation", UNREADABLE);
      return text;
    } catch (error) {
      if (options.signal?.aborted || !(error instanceof MtProviderError)) throw error;
      const wait = retryDelay(attempt, error, { policy: options.retryPolicy ?? DEFAULT_RETRY });
      if (wait === null) throw error;
      options.onRetry?.(wait, error);
      await sleep(wait, undefined, { signal: options.signal });
    }
  }
}
