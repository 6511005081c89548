const NEEDS_FOLDING = /[\u3000\uFF01-\uFF5E]/;
const NEEDS_COLLAPSING = /[^\S ]| {2}/;

/** Text as compared for "the same": full-width forms folded (NFKC), whitespace collapsed, trimmed. */
export function normalizeText(text: string): string {
  const folded = NEEDS_FOLDING.test(text) ? text.normalize("NFKC") : text;
  return (NEEDS_COLLAPSING.test(folded) ? folded.replace(/\s+/g, " ") : folded).trim();
}

/**
 * A cheap key that texts equal under normalizeText (and, with foldCase, ignoring ASCII case) share:
 * a hash of the characters that are not whitespace, full-width forms folded. Different texts may
 * share one too, rarely: it only sorts texts into buckets that are then compared in full.
 */
export function textFingerprint(text: string, foldCase: boolean): string {
  let hash = 0x811c9dc5;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || c === 0x3000 || c === 0x85 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff) continue;
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (foldCase && c >= 65 && c <= 90) c += 32;
    hash = Math.imul(hash ^ c, 0x01000193);
    count++;
  }
  return `${count}:${hash >>> 0}`;
}
