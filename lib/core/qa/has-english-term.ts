// "Simple English inflection": plural and possessive -s/-es/-ies, past -ed/-d, -ing, each with
// a doubled final consonant (planned, planning) or a dropped e (managed, managing) tolerated.

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The stem a word is compared by: lower case, without a possessive and a simple inflection. */
export function stemWord(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/u, "").replace(/['’]$/u, "");
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith("ied") && w.length > 4) return `${w.slice(0, -3)}y`;
  for (const suffix of ["ing", "ed", "es", "s"]) {
    if (!w.endsWith(suffix) || w.length - suffix.length < 3 || w.endsWith("ss")) continue;
    w = w.slice(0, -suffix.length);
    if (suffix !== "s" && /([bdfgklmnprtz])\1$/.test(w)) w = w.slice(0, -1);
    break;
  }
  return w.endsWith("e") && w.length > 3 ? w.slice(0, -1) : w;
}

function stems(text: string): string[] {
  return (text.match(WORD) ?? []).map(stemWord);
}

/** Whether an English text contains a phrase, case-insensitive and tolerant of simple inflection. */
export function hasEnglishTerm(text: string, phrase: string): boolean {
  const words = stems(text);
  const wanted = stems(phrase);
  if (wanted.length === 0) return true;
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((stem, j) => words[i + j] === stem)) return true;
  }
  return false;
}
