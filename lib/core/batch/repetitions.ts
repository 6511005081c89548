import type { MatchKey } from "../convert/match-key";
import { memoryKey } from "../memory/normalize-for-memory";

type Paragraph = { id: number; source: string; target: string };

/**
 * The empty paragraphs that repeat `confirmed`: the same source after the memory's normalisation
 * (script, width, case, white space), so 城管來了 repeats 城管来了. `keyOf` may cache the keys.
 */
export function emptyRepetitions<P extends Paragraph>(confirmed: Paragraph, paragraphs: readonly P[], keyOf: (source: string) => string): P[] {
  const key = keyOf(confirmed.source);
  if (key === "") return [];
  return paragraphs.filter((other) => other.id !== confirmed.id && other.target.trim() === "" && keyOf(other.source) === key);
}

/** A memory key function that remembers the keys of the last `limit` sources it saw. */
export function cachedMemoryKey(matchKey: MatchKey, limit = 200_000): (source: string) => string {
  let keys = new Map<string, string>();
  return (source) => {
    let key = keys.get(source);
    if (key === undefined) {
      if (keys.size >= limit) keys = new Map();
      key = memoryKey(matchKey, source);
      keys.set(source, key);
    }
    return key;
  };
}
