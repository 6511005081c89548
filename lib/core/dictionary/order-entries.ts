import type { DictionaryEntry } from "./dictionary-index";

// Senses a learner reads last: surnames, cross-references to variants and other words, classifiers.
const SECONDARY_SENSE =
  /^(surname \S|(old |unofficial |archaic |ancient |Japanese |erroneous )?variant of |also written |used in |see |see also |CL:|\(archaic\) variant)/i;

/** Whether a CC-CEDICT sense is a surname, a variant note, a cross-reference or a classifier list. */
export function isSecondarySense(sense: string): boolean {
  return SECONDARY_SENSE.test(sense);
}

const isProperNoun = (entry: DictionaryEntry) => /^\p{Lu}/u.test(entry.pinyin);

/**
 * Entries and their senses in a learner's dictionary order: within an entry, meanings before surnames
 * and variant notes (order otherwise kept); entries with meanings before those with only notes, common
 * (lowercase) readings before proper-noun ones, then more meanings first. A word that is only a surname
 * keeps its sense.
 */
export function orderDictionaryEntries(entries: readonly DictionaryEntry[]): DictionaryEntry[] {
  const ranked = entries.map((entry, index) => {
    const main = entry.senses.filter((sense) => !isSecondarySense(sense));
    const notes = entry.senses.filter(isSecondarySense);
    return { entry: { ...entry, senses: [...main, ...notes] }, meanings: main.length, isProper: isProperNoun(entry), index };
  });
  ranked.sort(
    (a, b) =>
      Number(a.meanings === 0) - Number(b.meanings === 0) ||
      Number(a.isProper) - Number(b.isProper) ||
      b.meanings - a.meanings ||
      a.index - b.index,
  );
  return ranked.map((r) => r.entry);
}
