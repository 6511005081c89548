import { TONED_VOWELS } from "../text/char-classes";

export type Tone = 1 | 2 | 3 | 4 | 5;

/** The tone of a syllable written with tone marks (mǎ → 3); one without a mark is neutral (5). */
export function toneOf(syllable: string): Tone {
  for (const char of syllable.normalize("NFC").toLowerCase()) {
    const at = TONED_VOWELS.indexOf(char);
    if (at >= 0) return ((at % 4) + 1) as Tone;
  }
  return 5;
}
