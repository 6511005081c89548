import { TONED_VOWELS } from "../../text/char-classes";
// What a pinyin gloss leaves after a `?` once its character and `(` were lost: `?guī)` from `規(guī)`.
const LEFTOVER = new RegExp(`\\?((?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouü${TONED_VOWELS}]{1,3}(?:ng|n|r)?)\\)`, "y");
const HAS_TONE = new RegExp(`[${TONED_VOWELS}]`);

export type GlossedHole = { end: number; reading: string };

/** The `?` at `i` with a pinyin gloss's leftover glued to it (`?guī)`), or null. */
export function glossedHoleAt(text: string, i: number): GlossedHole | null {
  LEFTOVER.lastIndex = i;
  const m = LEFTOVER.exec(text);
  return m && HAS_TONE.test(m[1]) ? { end: i + m[0].length, reading: m[1] } : null;
}
