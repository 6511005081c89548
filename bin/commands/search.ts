import { parseArgs } from "node:util";
import type { ConcordanceHit, MemoryOrigin } from "@/lib/core/memory/memory-types";
import { sliceCodePoints } from "@/lib/core/text/code-points";
import { CliError } from "../cli-error";
import { defineCommand } from "../command";
import { keepMemoryIndex } from "../keep-memory-index";

type Range = { start: number; end: number };

/** The text with its hits between » and «, or in reverse video on a terminal. Ranges are code points. */
export function markRanges(text: string, ranges: readonly Range[], isTerminal: boolean): string {
  const [open, close] = isTerminal ? ["\x1b[7m", "\x1b[27m"] : ["»", "«"];
  let out = "";
  let at = 0;
  for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    out += sliceCodePoints(text, at, start) + open + sliceCodePoints(text, start, end) + close;
    at = end;
  }
  return out + sliceCodePoints(text, at);
}

function describeOrigin(origin: MemoryOrigin): string {
  return origin.kind === "document"
    ? `${origin.documentTitle} ¶${origin.position + 1} (document ${origin.documentId})`
    : `TMX memory "${origin.memoryName}" (memory ${origin.memoryId})`;
}

function toJsonHit({ unit, sourceRanges, targetRanges }: ConcordanceHit) {
  return { source: unit.source, target: unit.target, level: unit.level, origin: unit.origin, sourceRanges, targetRanges };
}

export const searchCommand = defineCommand({
  usage: `Usage: duizhao search TEXT [--limit N] [--json]

Concordance search over every translated paragraph of every document and every imported TMX memory.
Chinese is found in either script (隨州 finds 随州); English is matched case-insensitively, as whole words.

Options:
  --limit N    At most N hits (default 20)
  --json       Print a JSON array (offsets in code points, half-open)
  -h, --help   Show this help
`,

  parse(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: "boolean" }, limit: { type: "string", default: "20" } },
    });
    const text = positionals.join(" ").trim();
    if (text === "") throw new CliError("Missing TEXT to search for.");
    const limit = Number(values.limit);
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > 1000) throw new CliError(`Invalid --limit "${values.limit}": expected a whole number from 1 to 1000.`);
    return { text, limit, isJson: values.json === true };
  },

  async run({ text, limit, isJson }) {
    await keepMemoryIndex();
    const { searchConcordance } = await import("@/lib/server/memory");
    const hits = await searchConcordance({ text, limit });
    if (isJson) {
      console.log(JSON.stringify(hits.map(toJsonHit), null, 2));
      return;
    }
    if (hits.length === 0) {
      console.error(`Nothing found for "${text}".`);
      return;
    }
    const isTerminal = process.stdout.isTTY === true;
    const blocks = hits.map(({ unit, sourceRanges, targetRanges }) =>
      [describeOrigin(unit.origin), `  ${markRanges(unit.source, sourceRanges, isTerminal)}`, `  ${markRanges(unit.target, targetRanges, isTerminal)}`].join("\n"),
    );
    console.log(blocks.join("\n\n"));
  },
});
