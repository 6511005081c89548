const NEEDS_FOLDING = /[\u3000\uFF01-\uFF5E]/;
const NEEDS_COLLAPSING = /[^\S ]| {2}/;

/** Text as compared for "the same": full-width forms folded (NFKC), whitespace collapsed, trimmed. */
export function normalizeText(text: string): string {
  const folded = NEEDS_FOLDING.test(text) ? text.normalize("NFKC") : text;
  return (NEEDS_COLLAPSING.test(folded) ? folded.replace(/\s+/g, " ") : folded).trim();
}
