// CC-CEDICT writes pinyin with tone numbers ("cheng2 guan3", "lu:4"); readers expect tone marks.

const MARKS: Record<string, string> = { a: "āáǎà", e: "ēéěè", i: "īíǐì", o: "ōóǒò", u: "ūúǔù", ü: "ǖǘǚǜ" };

function markSyllable(syllable: string): string {
  const match = /^([a-zü:]+)([1-5])$/i.exec(syllable);
  if (!match) return syllable.replace(/u:/g, "ü").replace(/U:/g, "Ü");
  const letters = match[1].replace(/u:/g, "ü").replace(/U:/g, "Ü");
  const tone = Number(match[2]);
  if (tone === 5) return letters;
  const lower = letters.toLowerCase();
  // The mark goes on a or e; on the o of "ou"; else on the last vowel.
  let at = lower.search(/[ae]/);
  if (at < 0) at = lower.indexOf("ou");
  if (at < 0) for (let i = lower.length - 1; i >= 0 && at < 0; i--) if ("iouü".includes(lower[i])) at = i;
  if (at < 0) return letters;
  const marked = MARKS[lower[at]][tone - 1];
  const char = letters[at] === lower[at] ? marked : marked.toUpperCase();
  return letters.slice(0, at) + char + letters.slice(at + 1);
}

/** "cheng2 guan3" → "chéng guǎn"; anything that is not a numbered syllable passes through. */
export function numberedToMarked(pinyin: string): string {
  return pinyin.split(" ").map(markSyllable).join(" ");
}
