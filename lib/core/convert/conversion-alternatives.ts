// Which characters OpenCC converts one-to-many. opencc-js ships only OpenCC's first pick per character
// ("干 幹"), so the other choices are recovered from the same dictionaries: every character the reverse
// table maps to this one (幹→干, 乾→干 in TSCharacters) and the character itself when a phrase table
// keeps it unchanged (天干 stays 天干 in STPhrases: 干 is also a Traditional form). Regional variants of
// one character (爲/為, 裏/裡 in TWVariants, HKVariants) are one choice, not two.

/** Per character: its conversions, OpenCC's pick first (a character that neither converts nor has a choice is not listed). */
export type Alternatives = ReadonlyMap<string, readonly string[]>;

function entries(dict: string): [string, string][] {
  return dict.split("|").map((line) => line.split(" ") as [string, string]);
}

const isOneChar = (text: string) => text.length > 0 && [...text].length === 1;

// Variants outside the Basic Multilingual Plane (𢧐 for 戰, 𫔭 for 開) are rare forms few fonts draw: not offered.
const isRareVariant = (char: string) => (char.codePointAt(0) ?? 0) > 0xffff;

/**
 * Builds the one-to-many table of a direction from opencc-js dictionaries: `characters` of that
 * direction (e.g. STCharacters), `reverse` characters of the other (TSCharacters) and the direction's
 * phrase tables (STPhrases…); `variants` (TWVariants…) name pairs that are the same character.
 */
export function buildAlternatives(characters: string, reverse: string, phrases: string[], variants: string[] = []): Alternatives {
  const choices = new Map<string, string[]>();
  const add = (char: string, choice: string) => {
    const list = choices.get(char);
    if (!list) choices.set(char, [choice]);
    else if (!list.includes(choice)) list.push(choice);
  };
  for (const [from, to] of entries(characters)) if (isOneChar(from) && isOneChar(to)) add(from, to);
  for (const [from, to] of entries(reverse)) {
    if (!isOneChar(from) || !isOneChar(to) || isRareVariant(from)) continue;
    // A character the forward table does not list converts to itself: that is OpenCC's pick.
    if (!choices.has(to)) add(to, to);
    add(to, from);
  }
  const keptInPhrases = new Set<string>();
  for (const dict of phrases) {
    for (const [from, to] of entries(dict)) {
      const [a, b] = [[...from], [...to]];
      if (a.length === b.length) a.forEach((char, i) => b[i] === char && keptInPhrases.add(char));
    }
  }
  const sameAs = new Set(variants.flatMap((dict) => entries(dict).flatMap(([a, b]) => [`${a} ${b}`, `${b} ${a}`])));
  const result = new Map<string, readonly string[]>();
  for (const [char, list] of choices) {
    if (keptInPhrases.has(char) && !list.includes(char)) list.push(char);
    const distinct = list.filter((choice, i) => !list.slice(0, i).some((earlier) => sameAs.has(`${earlier} ${choice}`)));
    if (distinct.length > 1 || distinct[0] !== char) result.set(char, distinct);
  }
  return result;
}
