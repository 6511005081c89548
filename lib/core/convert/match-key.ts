import { loadPlan, TO_SIMPLIFIED } from "./load-view-converter";
import type { MappedText } from "./mapped-text";

const WHITESPACE = /[\s\u3000\u00a0]/u;

function fold(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  // Full-width ASCII (！ to ～) to ASCII; then case does not matter.
  const ascii = code >= 0xff01 && code <= 0xff5e ? String.fromCodePoint(code - 0xfee0) : char;
  return ascii.toLowerCase();
}

/** Folds full-width forms and case and collapses whitespace runs to one space, keeping the map. */
export function foldMapped(mapped: MappedText): MappedText {
  const out: MappedText = { chars: [], from: [], to: [], sourceLength: mapped.sourceLength };
  for (let i = 0; i < mapped.chars.length; i++) {
    const isSpace = WHITESPACE.test(mapped.chars[i]);
    const last = out.chars.length - 1;
    if (isSpace && last >= 0 && out.chars[last] === " ") {
      out.to[last] = mapped.to[i];
      continue;
    }
    out.chars.push(isSpace ? " " : fold(mapped.chars[i]));
    out.from.push(mapped.from[i]);
    out.to.push(mapped.to[i]);
  }
  return out;
}

export type MatchKey = (text: string) => MappedText;

/**
 * Loads the normalised matching key used across scripts (find, glossary, memory): the text in
 * Simplified characters, full-width forms and case folded, whitespace collapsed, mapped to the original.
 */
export async function loadMatchKey(): Promise<MatchKey> {
  const toSimplified = await loadPlan(TO_SIMPLIFIED);
  return (text) => foldMapped(toSimplified(text));
}
