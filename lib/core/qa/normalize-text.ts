/** Text as compared for "the same": full-width forms folded (NFKC), whitespace collapsed, trimmed. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").replace(/\s+/gu, " ").trim();
}
