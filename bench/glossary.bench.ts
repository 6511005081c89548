import { readFileSync } from "node:fs";
import { brotliDecompressSync } from "node:zlib";
import { mappedString } from "@/lib/core/convert/mapped-text";
import { loadMatchKey } from "@/lib/core/convert/match-key";
import { buildDictionaryIndex } from "@/lib/core/dictionary/dictionary-index";
import { buildTermIndex, findTermMatches } from "@/lib/core/glossary/find-term-matches";
import type { Benchmark } from "./benchmark";
import { CPU_REFERENCE } from "./reference.bench";
import { syntheticChineseBytes } from "./synthetic-chinese";

// Glossary marking: 10,000 terms (2–4 characters, from the same common characters as the text) over
// a 10,000-paragraph document. The match keys are computed once per paragraph when a document opens
// (and cached per row), so they are timed apart from the marking itself.
const paragraphs = new TextDecoder()
  .decode(syntheticChineseBytes(4 * 1024 * 1024))
  .split("\n")
  .filter(Boolean)
  .slice(0, 10_000);
const toKey = await loadMatchKey();
const keys = paragraphs.map(toKey);
const words = new Set<string>();
for (let i = 0; words.size < 10_000; i++) {
  const text = paragraphs[i % paragraphs.length];
  const at = (i * 7) % Math.max(1, text.length - 5);
  words.add(text.slice(at, at + 2 + (i % 3)));
}
const terms = [...words].map((source, id) => ({ id, key: mappedString(toKey(source)) }));
const index = buildTermIndex(terms);

// The dictionary: CC-CEDICT as the server loads it; lookups at every position of real text.
const lines = ["cedict-1.tsv.br", "cedict-2.tsv.br"].flatMap((part) =>
  brotliDecompressSync(readFileSync(`vendor/cc-cedict/${part}`)).toString("utf8").split("\n"),
);
const dictionary = buildDictionaryIndex(lines);
const sample = paragraphs.slice(0, 50).join("");
let cursor = 0;

function lookupSamples(): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < 5000; i++) {
    const start = performance.now();
    dictionary.lookup(sample, cursor);
    samples.push(performance.now() - start);
    cursor = (cursor + 1) % (sample.length - 20);
  }
  return Promise.resolve(samples);
}

export const benchmarks: Benchmark[] = [
  { name: "glossary: build 10,000-term matcher", size: "10,000 terms", run: () => buildTermIndex(terms), runs: 10 },
  { name: "glossary: mark 10,000 terms in 10,000 ¶", size: `10,000 ¶, ${keys.reduce((n, k) => n + k.chars.length, 0)} chars`, run: () => keys.forEach((key) => findTermMatches(index, key)), runs: 10, reference: CPU_REFERENCE, isChecked: true },
  { name: "glossary: match keys of 10,000 ¶ (once per document)", size: "10,000 ¶", run: () => paragraphs.forEach(toKey), runs: 3, warmup: 1 },
  { name: "dictionary: build CC-CEDICT index", size: `${dictionary.size} entries`, run: () => buildDictionaryIndex(lines), runs: 3, warmup: 1 },
  { name: "dictionary: one lookup (5,000 positions)", size: "1 position", measure: lookupSamples },
];
