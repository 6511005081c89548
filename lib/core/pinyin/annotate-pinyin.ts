import { pinyin } from "pinyin-pro";
import { loadPlan, TO_SIMPLIFIED } from "../convert/load-view-converter";

/** Per code point of a text: its pinyin with tone marks, or null for anything that is not a Han character. */
export type PinyinAnnotation = (string | null)[];

export type PinyinAnnotator = (text: string) => PinyinAnnotation;

/**
 * Loads the annotator. Polyphones are read in context (银行 yín háng, 重庆 chóng qìng) by pinyin-pro's
 * phrase dictionary, which knows Simplified words: Traditional text is read through its Simplified
 * form and each reading put back on the character it belongs to.
 */
export async function loadPinyinAnnotator(): Promise<PinyinAnnotator> {
  const toSimplified = await loadPlan(TO_SIMPLIFIED);
  return (text) => {
    const simplified = toSimplified(text);
    const readings = pinyin(simplified.chars.join(""), { type: "all", toneType: "symbol" });
    const result: PinyinAnnotation = new Array(simplified.sourceLength).fill(null);
    readings.forEach((reading, i) => {
      if (!reading.isZh || !reading.pinyin || i >= simplified.from.length) return;
      const at = simplified.from[i];
      const phraseLength = simplified.to[i] - at;
      // A length-changing phrase conversion: its readings go on the phrase's first character.
      if (phraseLength === 1 || result[at] === null) result[at] = reading.pinyin;
      else result[at] = `${result[at]} ${reading.pinyin}`;
    });
    return result;
  };
}
