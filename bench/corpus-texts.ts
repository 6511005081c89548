import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CorpusText } from "@/lib/core/clean/corpus/evaluate-corpus";

export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../lib/core/clean/corpus/texts");

/** The corpus's clean texts, `NAME.zh-Hans.txt` and `NAME.zh-Hant.txt`, in name order. */
export function loadCorpusTexts(): CorpusText[] {
  return readdirSync(CORPUS_DIR)
    .filter((file) => /\.zh-Han[st]\.txt$/.test(file))
    .sort()
    .map((file) => ({
      name: file.replace(/\.txt$/, ""),
      script: file.includes("zh-Hant") ? "hant" : "hans",
      text: readFileSync(path.join(CORPUS_DIR, file), "utf8"),
    }));
}
