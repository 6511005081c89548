import type { MappedText } from "../convert/mapped-text";
import type { MatchKey } from "../convert/match-key";

// Memory compares texts by their match key (Simplified script, ASCII widths, case folded) with every
// whitespace dropped: Chinese spacing carries no meaning, and a stray space must not lower a score.
// The map back to the original stays, so hits and diffs point into the text the translator wrote.

/** The memory key of a text: its match key without whitespace, each code point mapped to the original. */
export function normalizeForMemory(matchKey: MatchKey, text: string): MappedText {
  const key = matchKey(text);
  const out: MappedText = { chars: [], from: [], to: [], sourceLength: key.sourceLength };
  for (let i = 0; i < key.chars.length; i++) {
    // The match key has already turned every whitespace run into one ASCII space.
    if (key.chars[i] === " ") continue;
    out.chars.push(key.chars[i]);
    out.from.push(key.from[i]);
    out.to.push(key.to[i]);
  }
  return out;
}

/** The memory key as a string (what the index stores and compares). */
export function memoryKey(matchKey: MatchKey, text: string): string {
  // Without the map: this runs for every unit when the index is built.
  return matchKey.compact(text);
}
