// Keys the memory index files units under: character bigrams of a memory key (Chinese) and lower-case
// words of a translation (English).

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** Whether a text has a Chinese character (a concordance query then searches sources). */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** The distinct character bigrams of a memory key, each as one number (two code points). */
export function bigramsOf(key: string): number[] {
  const seen = new Set<number>();
  let previous = -1;
  for (const char of key) {
    const code = char.codePointAt(0) ?? 0;
    if (previous >= 0) seen.add(previous * 0x110000 + code);
    previous = code;
  }
  return [...seen];
}

/** The distinct lower-case words (letters and digits) of an English text. */
export function wordsOf(text: string): string[] {
  return [...new Set(text.toLowerCase().match(WORD) ?? [])];
}
