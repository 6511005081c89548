import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { buildDictionaryIndex, type DictionaryIndex } from "@/lib/core/dictionary/dictionary-index";

// CC-CEDICT (CC BY-SA 4.0), packed in vendor/cc-cedict/. Read and indexed once per process (~0.5 s,
// ~60 MB), on the first lookup; a cache any instance can rebuild, so nothing is shared between them.
const PARTS = ["cedict-1.tsv.br", "cedict-2.tsv.br"];

let index: DictionaryIndex | null = null;

// The server runs in the project folder; the CLI may run anywhere and says where the project is.
const projectRoot = () => process.env.DUIZHAO_ROOT ?? process.cwd();

function* readLines(): Generator<string> {
  for (const part of PARTS) {
    const text = brotliDecompressSync(readFileSync(path.join(projectRoot(), "vendor", "cc-cedict", part))).toString("utf8");
    yield* text.split("\n");
  }
}

/** The CC-CEDICT index, built on first use. */
export function getDictionary(): DictionaryIndex {
  index ??= buildDictionaryIndex(readLines());
  return index;
}
