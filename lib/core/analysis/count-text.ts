import { isHan } from "../text/char-classes";

/** Han characters (code points, so 𠀀 is one), the unit Chinese jobs are priced by: no punctuation, Latin or digits. */
export function countHan(text: string): number {
  let count = 0;
  for (const char of text) if (isHan(char)) count++;
  return count;
}

/** Every character but white space, in code points. */
export function countCharacters(text: string): number {
  let count = 0;
  for (const char of text) if (!/\s/u.test(char)) count++;
  return count;
}

/** Words of an English text as word processors and CAT tools count them: runs between spaces with a letter or a digit ("COVID-19", "3.5%", "don't" are one each; a dash alone is none). */
export function countEnglishWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}
