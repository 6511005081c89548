import { cleanText } from "@/lib/core/clean/clean-text";
import { CORPUS_SEEDS, DAMAGE_MIXES, damagedRaw, evaluateCorpus } from "@/lib/core/clean/corpus/evaluate-corpus";
import { formatBytes, type Benchmark } from "./benchmark";
import { loadCorpusTexts } from "./corpus-texts";

// The cleanup corpus (npm run eval:clean for the details): its scores go into the rows' size column.
const texts = loadCorpusTexts();
const report = evaluateCorpus(texts);
const raws = texts.flatMap((text) => DAMAGE_MIXES.flatMap((mix) => CORPUS_SEEDS.map((seed) => damagedRaw(text, mix, seed).text)));
const bytes = (all: string[]) => formatBytes(all.reduce((sum, text) => sum + Buffer.byteLength(text), 0));

export const benchmarks: Benchmark[] = [
  {
    name: "cleanup of the corpus, damaged pages",
    size: `${raws.length} pages, ${bytes(raws)}; similarity ${report.mean.toFixed(3)}, boundary F1 ${report.meanBoundaryF1.toFixed(3)}`,
    run: () => raws.map((raw) => cleanText(raw, undefined, { report: false })),
    runs: 10,
  },
  {
    name: "cleanup of the corpus, clean texts",
    size: `${texts.length} texts, ${bytes(texts.map((t) => t.text))}; ${report.falseAlarms.length} false alarms`,
    run: () => texts.map((text) => cleanText(text.text, undefined, { report: false })),
    runs: 10,
  },
];
