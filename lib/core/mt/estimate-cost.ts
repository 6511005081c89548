import { codePointLength } from "../text/code-points";

export type MtEstimate = {
  /** Paragraphs that would be drafted. */
  paragraphs: number;
  /** Of them, answered from the cache: nothing is sent for these. */
  cached: number;
  /** Requests to send (one per paragraph not cached). */
  requests: number;
  /** Characters of source text to send (what character-billed providers count). */
  characters: number;
};

/** What a batch will send, before anything is sent. */
export function estimateCost(paragraphs: readonly { source: string; cached: boolean }[]): MtEstimate {
  const sent = paragraphs.filter((paragraph) => !paragraph.cached);
  return {
    paragraphs: paragraphs.length,
    cached: paragraphs.length - sent.length,
    requests: sent.length,
    characters: sent.reduce((sum, paragraph) => sum + codePointLength(paragraph.source), 0),
  };
}
