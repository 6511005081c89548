import type { MtSourceScript } from "./mt-types";

/**
 * A 53-bit string hash (cyrb53): the glossary version and cache keys need a short stable fingerprint,
 * not secrecy.
 */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The version of a glossary: changes when any term is added, removed or changed. */
export function glossaryVersion(terms: readonly { source: string; target: string; usage: string }[]): string {
  const lines = terms.map((term) => `${term.source}\t${term.target}\t${term.usage}`).sort();
  return fingerprint(lines.join("\n"));
}

export type CacheKeyInput = { source: string; provider: string; model: string; glossaryVersion: string; sourceScript: MtSourceScript };

/**
 * The identity of a paid request: the same paragraph text, provider, model, glossary version and script
 * setting are never sent twice. The text itself is part of the key, not only its hash, so a collision
 * cannot return another paragraph's translation.
 */
export function mtCacheKey(input: CacheKeyInput): string {
  return JSON.stringify([input.provider, input.model, input.sourceScript, input.glossaryVersion, input.source]);
}
