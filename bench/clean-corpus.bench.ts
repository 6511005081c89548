import { cleanText } from "@/lib/core/clean/clean-text";
import { CORPUS_SEEDS, DAMAGE_MIXES, damagedRaw, evaluateCorpus, savedHtmlText } from "@/lib/core/clean/corpus/evaluate-corpus";
import { savedHtmlPage } from "@/lib/core/clean/corpus/saved-html-page";
import { formatBytes, type Benchmark } from "./benchmark";
import { loadCorpusTexts } from "./corpus-texts";

// The cleanup corpus (npm run eval:clean for the details): its scores go into the rows' size column.
const texts = loadCorpusTexts();
const report = evaluateCorpus(texts);
const damaged = texts.flatMap((text) => DAMAGE_MIXES.flatMap((mix) => CORPUS_SEEDS.map((seed) => ({ mix: mix.name, text: damagedRaw(text, mix, seed).text }))));
const raws = damaged.map((page) => page.text);
const bytes = (all: string[]) => formatBytes(all.reduce((sum, text) => sum + Buffer.byteLength(text), 0));
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const scoresOf = (mix: string) => {
  const pages = report.pages.filter((page) => page.mix === mix);
  return `similarity ${mean(pages.map((p) => p.score.similarity)).toFixed(3)}, boundary F1 ${mean(pages.map((p) => p.score.boundaryF1)).toFixed(3)}`;
};
// Saved pages as an upload reads them (charset, decoding, extraction), then cleaned.
const savedMix = DAMAGE_MIXES.find((mix) => mix.savedHtml)!;
const savedPages = texts.flatMap((text) => CORPUS_SEEDS.map((seed) => savedHtmlPage(text.text, { seed, kinds: savedMix.kinds, script: text.script }).bytes));

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
  ...["forum, signatures", "phpwind"].map((mix) => {
    const pages = damaged.filter((page) => page.mix === mix).map((page) => page.text);
    return { name: `cleanup of the corpus, ${mix}`, size: `${pages.length} pages, ${bytes(pages)}; ${scoresOf(mix)}`, run: () => pages.map((raw) => cleanText(raw, undefined, { report: false })), runs: 10 };
  }),
  {
    name: "HTML import + cleanup of the corpus, saved pages",
    size: `${savedPages.length} pages, ${formatBytes(savedPages.reduce((sum, page) => sum + page.byteLength, 0))}; ${scoresOf(savedMix.name)}`,
    run: () => savedPages.map((page) => cleanText(savedHtmlText(page).text, undefined, { report: false })),
    runs: 5,
  },
];
