// What a concordance query is and the words the memory index files translations under (bigrams of
// the Chinese are in bigram-postings.ts).

const WORD = /[\p{L}\p{N}]+/gu;

export { hasHan } from "../text/char-classes";

/** The distinct lower-case words (letters and digits) of an English text. */
export function wordsOf(text: string): string[] {
  return [...new Set(text.toLowerCase().match(WORD) ?? [])];
}
