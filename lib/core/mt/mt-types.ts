// Machine translation: the vocabulary shared by the server, the routes, the CLI and the editor.

export const MT_PROVIDERS = ["openai", "deepl", "libretranslate"] as const;
/** "openai": any OpenAI-compatible /v1/chat/completions (OpenAI, DeepSeek, Qwen, Mistral, Ollama, llama.cpp, vLLM, LM Studio). */
export type MtProvider = (typeof MT_PROVIDERS)[number];

/** The source as sent: as stored, or converted to Simplified (offsets of annotations mapped). */
export const MT_SOURCE_SCRIPTS = ["original", "hans"] as const;
export type MtSourceScript = (typeof MT_SOURCE_SCRIPTS)[number];

/** Effective settings, server side only: the key never leaves the server. */
export type MtSettings = {
  provider: MtProvider;
  baseUrl: string;
  apiKey: string;
  model: string;
  temperature: number;
  maxConcurrent: number;
  sourceScript: MtSourceScript;
};

export const MT_DEFAULTS = { temperature: 0.2, maxConcurrent: 4, sourceScript: "original" } as const satisfies Partial<MtSettings>;

export const MAX_CONCURRENT_LIMIT = 16;

/** A glossary term as the prompt and DeepL's glossary need it. */
export type MtTerm = { source: string; target: string; usage: "preferred" | "forbidden"; note: string };

/** An annotation of the paragraph: code points into the stored source, half-open. */
export type MtAnnotation = { start: number; end: number; gloss: string; note: string; category: string };

/** One paragraph to translate with everything a term-aware prompt uses. */
export type MtRequest = {
  /** The stored source. */
  source: string;
  /** Glossary terms found in the paragraph (either script). */
  terms: readonly MtTerm[];
  annotations: readonly MtAnnotation[];
  previous: string;
  next: string;
  /** The document's style note ("" when none). */
  styleNote: string;
};

/** MtProviderError's status for an answer that is not what the protocol says (garbage): not retried. */
export const UNREADABLE = -1;

/** Why a provider call failed: status is the HTTP status, 0 for no answer (refused, timed out, cut), or UNREADABLE. */
export class MtProviderError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly retryAfter: string | null = null,
  ) {
    super(message);
    this.name = "MtProviderError";
  }
}

/** The origin recorded in a revision and on a paragraph for a machine draft: "mt:PROVIDER:MODEL". */
export function mtOrigin(provider: MtProvider, model: string): string {
  return `mt:${provider}:${model.trim() || "default"}`;
}

export function isMtOrigin(origin: string | undefined | null): boolean {
  return typeof origin === "string" && origin.startsWith("mt:");
}
