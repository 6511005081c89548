import { loadPlainPlan, loadPlan, TO_SIMPLIFIED } from "./load-view-converter";
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

export type MatchKey = {
  (text: string): MappedText;
  /**
   * The key as a string with every whitespace dropped (what the memory compares), without the map:
   * equal to the mapped key's characters other than " ", joined, at a fraction of the cost.
   */
  compact: (text: string) => string;
};

/** What fold and the whitespace test do to each UTF-16 unit: 0 keep, 1 drop (whitespace), 2 fold. Built on first use. */
let unitActions: Uint8Array | undefined;

function actionsOfUnits(): Uint8Array {
  if (unitActions) return unitActions;
  const actions = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue; // surrogates: decided per code point
    const char = String.fromCharCode(code);
    actions[code] = WHITESPACE.test(char) ? 1 : fold(char) === char ? 0 : 2;
  }
  return (unitActions = actions);
}

/** The converted text folded as foldMapped does, every whitespace dropped. */
function compactFolded(converted: string): string {
  const actions = actionsOfUnits();
  let out = "";
  let copied = 0;
  for (let i = 0; i < converted.length; i++) {
    const code = converted.charCodeAt(i);
    const isSurrogate = code >= 0xd800 && code <= 0xdfff;
    if (!isSurrogate && actions[code] === 0) continue;
    const char = isSurrogate ? String.fromCodePoint(converted.codePointAt(i) ?? code) : converted[i];
    const replacement = isSurrogate ? (WHITESPACE.test(char) ? "" : fold(char)) : actions[code] === 1 ? "" : fold(char);
    if (replacement !== char) {
      out += converted.slice(copied, i) + replacement;
      copied = i + char.length;
    }
    i += char.length - 1;
  }
  return copied === 0 ? converted : out + converted.slice(copied);
}

/**
 * Loads the normalised matching key used across scripts (find, glossary, memory): the text in
 * Simplified characters, full-width forms and case folded, whitespace collapsed, mapped to the original.
 */
export async function loadMatchKey(): Promise<MatchKey> {
  const [toSimplified, toSimplifiedPlain] = await Promise.all([loadPlan(TO_SIMPLIFIED), loadPlainPlan(TO_SIMPLIFIED)]);
  const matchKey = (text: string) => foldMapped(toSimplified(text));
  return Object.assign(matchKey, { compact: (text: string) => compactFolded(toSimplifiedPlain(text)) });
}
