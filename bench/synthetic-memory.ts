// Deterministic stand-in for a translation memory: Chinese sentences of 8–60 characters made of
// "words" drawn with a skewed (Zipf-like) frequency, so common bigrams have long lists as in real text,
// paired with English-like sentences; about a third of the pairs are near-duplicates of earlier ones.
import { CHARS, lcg } from "./synthetic-chinese";

export type SentencePair = { source: string; target: string };

/** Index in [0, n) drawn with a skew: low indexes (frequent items) come far more often. */
const skewed = (random: () => number, n: number, power = 3) => Math.floor(n * random() ** power);

const SYLLABLES = ["ka", "ren", "to", "mi", "sa", "lo", "vin", "de", "pra", "ul", "ter", "on", "ba", "sek", "ri", "gam"];

function makeVocabulary(random: () => number) {
  const zh = Array.from({ length: 6000 }, () => {
    const length = 1 + Math.floor(random() * 3);
    return Array.from({ length }, () => CHARS[skewed(random, CHARS.length, 2)]).join("");
  });
  const en = Array.from({ length: 4000 }, () => {
    const length = 1 + Math.floor(random() * 3);
    return Array.from({ length }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join("");
  });
  return { zh, en };
}

function sentence(random: () => number, vocabulary: { zh: string[]; en: string[] }): SentencePair {
  const length = 8 + Math.floor(random() * 53);
  let source = "";
  const words: string[] = [];
  while ([...source].length < length - 1) {
    const at = skewed(random, vocabulary.zh.length);
    source += vocabulary.zh[at];
    words.push(vocabulary.en[at % vocabulary.en.length]);
    if (random() < 0.08) source += "，";
  }
  source = [...source].slice(0, length - 1).join("") + "。";
  const target = words.join(" ");
  return { source, target: `${target[0].toUpperCase()}${target.slice(1)}.` };
}

const commonCharacter = (random: () => number) => CHARS[skewed(random, CHARS.length, 2)];

/** `text` with 1 to `maxEdits` characters (drawn by `sample`) substituted, inserted or deleted. */
export function nearDuplicate(random: () => number, text: string, maxEdits: number, sample = commonCharacter): string {
  const chars = [...text];
  const edits = 1 + Math.floor(random() * maxEdits);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * Math.max(1, chars.length - 1));
    const char = sample(random);
    const kind = random();
    if (kind < 0.5) chars[at] = char;
    else if (kind < 0.8) chars.splice(at, 0, char);
    else if (chars.length > 2) chars.splice(at, 1);
  }
  return chars.join("");
}

/** `count` sentence pairs; about one in three is a near-duplicate (1–4 edits) of an earlier one. */
export function syntheticMemory(count: number, seed = 1): SentencePair[] {
  const random = lcg(seed);
  const vocabulary = makeVocabulary(random);
  const pairs: SentencePair[] = [];
  while (pairs.length < count) {
    if (pairs.length > 10 && random() < 0.33) {
      const base = pairs[Math.floor(random() * pairs.length)];
      pairs.push({ source: nearDuplicate(random, base.source, 4), target: base.target.replace(/\.$/, " again.") });
    } else pairs.push(sentence(random, vocabulary));
  }
  return pairs;
}

/** New sentences from the same vocabulary (mostly without a match in memory). */
export function syntheticSentences(count: number, seed: number): SentencePair[] {
  const random = lcg(seed);
  const vocabulary = makeVocabulary(lcg(1));
  return Array.from({ length: count }, () => sentence(random, vocabulary));
}
