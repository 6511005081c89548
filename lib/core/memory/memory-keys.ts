// What a concordance query is and the words the memory index files translations under (bigrams of
// the Chinese are in bigram-postings.ts).

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** Whether a text has a Chinese character (a concordance query then searches sources). */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** The distinct lower-case words (letters and digits) of an English text. */
export function wordsOf(text: string): string[] {
  return [...new Set(text.toLowerCase().match(WORD) ?? [])];
}
