import { parseArgs } from "node:util";
import { MATCH_BANDS } from "@/lib/core/analysis/match-bands";
import { DEFAULT_RATES, quoteOf } from "@/lib/core/analysis/quote";
import { SEGMENT_STATUSES } from "@/lib/core/model";
import type { JobAnalysis } from "@/lib/server/analysis";
import { CliError } from "../cli-error";
import { defineCommand } from "../command";
import { keepMemoryIndex } from "../keep-memory-index";
import { formatTable } from "../format-table";
import { parseDocumentId } from "../parse-document-id";

const BAND_NAMES = { repetition: "Repetitions", "100": "100%", "95-99": "95–99%", "85-94": "85–94%", "75-84": "75–84%", "50-74": "50–74%", none: "No match" } as const;

function formatAnalysis(analysis: JobAnalysis, rate: number, currency: string): string {
  const { counts, matches, unit } = analysis;
  const quote = quoteOf(matches, { ...DEFAULT_RATES, ratePerHan: rate, currency });
  const titles = analysis.documents.map((d) => `  ${d.id}  ${d.counts.han} Han characters  ${d.title}`);
  const statuses = formatTable(
    ["", ...SEGMENT_STATUSES],
    [
      ["Paragraphs", ...SEGMENT_STATUSES.map((s) => String(counts.paragraphs[s]))],
      ["Sentences", ...SEGMENT_STATUSES.map((s) => String(counts.sentences[s]))],
      ["Han characters", ...SEGMENT_STATUSES.map((s) => String(counts.hanByStatus[s]))],
    ],
  );
  const bands = formatTable(
    ["Match", unit === "paragraph" ? "Paragraphs" : "Sentences", "Han chars", "Characters", "Weight", "Weighted"],
    [
      ...MATCH_BANDS.map((band, i) => {
        const tally = matches.bands[band];
        const line = quote.lines[i];
        return [BAND_NAMES[band], String(tally.segments), String(tally.han), String(tally.characters), `${line.weight}%`, line.weightedHan.toFixed(1)];
      }),
      ["Total", String(matches.total.segments), String(matches.total.han), String(matches.total.characters), "", quote.weightedHan.toFixed(1)],
    ],
  );
  return [
    `Documents:`,
    ...titles,
    "",
    `Han characters: ${counts.han}   characters (no spaces): ${counts.characters}   English words translated: ${counts.englishWords}`,
    "",
    statuses,
    "",
    bands,
    "",
    `Quote: ${quote.weightedHan.toFixed(1)} weighted Han characters × ${rate} ${currency} = ${quote.amount.toFixed(2)} ${currency}`,
    "",
  ].join("\n");
}

export const analyzeCommand = defineCommand({
  usage: `Usage: duizhao analyze ID... [--sentences] [--rate R] [--currency C] [--json]

Counts one or more documents (Han characters, the unit Chinese jobs are priced by; characters; English
words; paragraphs and sentences by status) and analyses them against the translation memory as CAT
tools do: repetitions within the job, 100%, 95–99%, 85–94%, 75–84%, 50–74%, no match. A paragraph in
either script matches the memory in the other. Several IDs are analysed as one job.

Options:
  --sentences    Analyse by sentence instead of by paragraph
  --rate R       Price per Han character for the quote (default ${DEFAULT_RATES.ratePerHan})
  --currency C   Currency of the quote (default ${DEFAULT_RATES.currency})
  --json         Print the analysis as JSON
  -h, --help     Show this help
`,

  parse(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { sentences: { type: "boolean" }, rate: { type: "string" }, currency: { type: "string" }, json: { type: "boolean" } },
    });
    if (positionals.length === 0) throw new CliError("Missing document ID to analyse.");
    const rate = values.rate === undefined ? DEFAULT_RATES.ratePerHan : Number(values.rate);
    if (!Number.isFinite(rate) || rate < 0) throw new CliError(`Invalid rate "${values.rate}": expected a number, e.g. 0.08.`);
    const currency = values.currency ?? DEFAULT_RATES.currency;
    if (!/^[A-Za-z]{3}$/.test(currency)) throw new CliError(`Invalid currency "${currency}": expected a three-letter code such as USD, EUR or CNY.`);
    const ids = [...new Set(positionals.map(parseDocumentId))];
    return { ids, unit: values.sentences === true ? ("sentence" as const) : ("paragraph" as const), rate, currency: currency.toUpperCase(), json: values.json === true };
  },

  async run({ ids, unit, rate, currency, json }) {
    await keepMemoryIndex();
    const { analyzeDocuments } = await import("@/lib/server/analysis");
    const analysis = await analyzeDocuments({ ids, unit });
    if (json) {
      const quote = quoteOf(analysis.matches, { ...DEFAULT_RATES, ratePerHan: rate, currency });
      process.stdout.write(`${JSON.stringify({ ...analysis, quote }, null, 2)}\n`);
      return;
    }
    process.stdout.write(formatAnalysis(analysis, rate, currency));
  },
});
