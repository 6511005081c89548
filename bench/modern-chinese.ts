import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync } from "node:zlib";
import { CHARS, lcg } from "./synthetic-chinese";
import { nearDuplicate, type SentencePair } from "./synthetic-memory";

// Sentences whose characters follow the frequency curve of modern Chinese, for benchmarks whose cost
// depends on how characters are spread (the match analysis's character-count index). The curve: the
// share of running text covered by the N most frequent characters, as character frequency lists report
// it (the top 10 about 14 %, 100 about 42 %, 1,000 about 90 %, 2,500 about 98 %, 3,500 about 99.5 %),
// interpolated in log N. Which character holds which rank: the bench's common characters in their
// frequency order, then the dictionary's characters by how many of its headwords contain them.

const COVERAGE: readonly [rank: number, share: number][] = [
  [1, 0.041],
  [10, 0.143],
  [100, 0.42],
  [1000, 0.9],
  [2500, 0.98],
  [3500, 0.995],
  [6000, 1],
];

function charactersByRank(): string[] {
  const cedict = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../vendor/cc-cedict");
  const headwords = new Map<string, number>();
  for (const file of ["cedict-1.tsv.br", "cedict-2.tsv.br"]) {
    for (const line of brotliDecompressSync(readFileSync(path.join(cedict, file))).toString("utf8").split("\n")) {
      for (const char of line.slice(0, line.indexOf("\t"))) if (/\p{Script=Han}/u.test(char)) headwords.set(char, (headwords.get(char) ?? 0) + 1);
    }
  }
  const common = [...CHARS];
  const rest = [...headwords.keys()].filter((char) => !common.includes(char)).sort((a, b) => headwords.get(b)! - headwords.get(a)! || (a < b ? -1 : 1));
  return [...common, ...rest].slice(0, COVERAGE[COVERAGE.length - 1][0]);
}

/** Draws characters with modern Chinese frequencies (`random` in [0, 1)). */
export function modernChineseSampler(): (random: () => number) => string {
  const characters = charactersByRank();
  return (random) => {
    const share = random();
    let [lowRank, lowShare] = [0.5, 0];
    for (const [rank, covered] of COVERAGE) {
      if (share <= covered) {
        const logRank = Math.log(lowRank) + ((share - lowShare) / (covered - lowShare)) * (Math.log(rank) - Math.log(lowRank));
        return characters[Math.min(characters.length - 1, Math.max(0, Math.ceil(Math.exp(logRank)) - 1))];
      }
      [lowRank, lowShare] = [rank, covered];
    }
    return characters[characters.length - 1];
  };
}

/** Sentences of 8–60 characters with a comma now and then; the English side is a placeholder. */
export function modernSentences(count: number, seed: number, sample = modernChineseSampler()): SentencePair[] {
  const random = lcg(seed);
  return Array.from({ length: count }, (_, i) => {
    const length = 8 + Math.floor(random() * 53);
    let source = "";
    for (let at = 1; at < length; at++) source += random() < 0.06 ? "，" : sample(random);
    return { source: `${source}。`, target: `Sentence ${seed}-${i}.` };
  });
}

/** `count` pairs; about one in three is a near-duplicate (1–4 edits) of an earlier one, as in syntheticMemory. */
export function modernMemory(count: number, seed = 1, sample = modernChineseSampler()): SentencePair[] {
  const random = lcg(seed + 1000);
  const fresh = modernSentences(count, seed, sample);
  const pairs: SentencePair[] = [];
  for (const pair of fresh) {
    if (pairs.length > 10 && random() < 0.33) {
      const base = pairs[Math.floor(random() * pairs.length)];
      pairs.push({ source: nearDuplicate(random, base.source, 4, sample), target: base.target.replace(/\.$/, " again.") });
    } else pairs.push(pair);
  }
  return pairs;
}
