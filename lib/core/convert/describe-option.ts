import type { DictionaryIndex } from "../dictionary/dictionary-index";

const MAX_HINT = 90;
// Cross-references say little to a translator choosing between characters.
const NOISE = /^(surname |variant of |old variant of |see |used in |\(archaic\)|CL:)/i;

function senses(match: ReturnType<DictionaryIndex["lookup"]>, text: string, stored: string): string {
  if (!match) return "";
  const entries = match.entries
    .filter((entry) => entry.traditional === text || entry.simplified === text)
    .map((entry) => ({
      entry,
      useful: entry.senses.filter((sense) => !NOISE.test(sense)),
      // The entry pairing this text with the stored one is the sense the conversion is about (干 → 乾 "dry").
      isPair: (entry.traditional === text && entry.simplified === stored) || (entry.simplified === text && entry.traditional === stored),
    }));
  const rank = (e: (typeof entries)[number]) => (e.useful.length ? 0 : 2) + (e.isPair ? 0 : 1);
  const ranked = [...entries].sort((a, b) => rank(a) - rank(b));
  const parts = ranked.slice(0, 2).map(({ entry, useful }) => `${entry.pinyin} ${(useful.length ? useful : entry.senses).slice(0, 2).join("; ")}`);
  const hint = parts.join(" · ");
  return hint.length > MAX_HINT ? `${hint.slice(0, MAX_HINT - 1)}…` : hint;
}

/**
 * A short CC-CEDICT sense for a conversion choice: the word's own entry (幹部 "cadre"), else the
 * sense of the first character that differs from the text as stored ("乾: gān dry…").
 */
export function describeOption(index: Pick<DictionaryIndex, "lookup">, text: string, source: string): string {
  const chars = [...text];
  const whole = index.lookup(text, 0);
  if (whole && whole.length === chars.length) return senses(whole, text, source);
  const stored = [...source];
  const at = Math.max(0, chars.findIndex((char, i) => char !== stored[i]));
  const char = chars[at] ?? "";
  const hint = senses(index.lookup(char, 0), char, stored[at] ?? "");
  return hint && chars.length > 1 ? `${char}: ${hint}` : hint;
}
