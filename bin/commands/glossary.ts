import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { GLOSSARY_FORMATS, type GlossaryFormat } from "@/lib/core/formats/export-data";
import { MAX_BILINGUAL_BYTES } from "@/lib/core/limits";
import type { GlossaryFileFormat } from "@/lib/core/glossary/parse-glossary-file";
import { isOneOf } from "@/lib/core/model";
import { CliError } from "../cli-error";
import { defineCommand } from "../command";
import { readInputFile } from "../read-input-file";

const FORMAT_NAMES: Record<GlossaryFileFormat, string> = { csv: "CSV", tbx2008: "TBX-Basic 2008", tbx3: "TBX-Basic v3" };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export const glossaryCommand = defineCommand({
  usage: `Usage: duizhao glossary export [--format tbx|tbx3|csv] [-o FILE]
       duizhao glossary import FILE.csv|FILE.tbx

export  writes every glossary term as TBX-Basic 2008 (tbx), TBX-Basic v3 (tbx3, ISO 30042:2019)
        or CSV (UTF-8 with BOM, header source,target,note,usage)
import  adds the Chinese → English terms of a CSV file (a header naming source and target; note,
        comment and usage optional) or a TBX file (2008 or v3) to the global glossary. A term
        already there (same Chinese and English) takes the file's note and usage. A bad file
        changes nothing.

Options:
  --format F         ${GLOSSARY_FORMATS.join(", ")} (default: tbx)
  -o, --output FILE  Write to FILE instead of stdout
  -h, --help         Show this help
`,

  parse(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: "string", default: "tbx" }, output: { type: "string", short: "o" } },
    });
    const [action, file, ...rest] = positionals;
    if (rest.length > 0 || (action === "export" && file !== undefined)) throw new CliError("Too many arguments.");
    if (action === "export") {
      const format = values.format ?? "tbx";
      if (!isOneOf(GLOSSARY_FORMATS, format)) throw new CliError(`Unknown format "${values.format}". Valid formats: ${GLOSSARY_FORMATS.join(", ")}.`);
      return { action: "export" as const, format: format as GlossaryFormat, output: values.output };
    }
    if (action === "import") {
      if (file === undefined) throw new CliError("Missing FILE to import (.csv or .tbx).");
      return { action: "import" as const, file };
    }
    throw new CliError(action === undefined ? "Missing action: export or import." : `Unknown action "${action}": export or import.`);
  },

  async run(args) {
    if (args.action === "import") {
      const bytes = await readInputFile(args.file, MAX_BILINGUAL_BYTES);
      const { runParseTask } = await import("@/lib/server/run-parse-task");
      const parsed = await runParseTask("parseGlossaryFile", [path.basename(args.file), bytes]);
      const { importTerms } = await import("@/lib/server/glossary");
      const { added, updated, skipped } = await importTerms({ terms: parsed.terms, author: "cli" });
      const why = skipped > 0 ? " (already in the glossary as they are, or repeated in the file)" : "";
      console.error(`Added ${plural(added, "term")}, updated ${updated}, skipped ${skipped}${why} from ${args.file} (${FORMAT_NAMES[parsed.format]}).`);
      const entries = parsed.skipped === 1 ? "1 entry" : `${parsed.skipped} entries`;
      if (parsed.skipped > 0) console.error(`Left out ${entries} without both a Chinese and an English term.`);
      return;
    }
    const { findTerms } = await import("@/lib/server/glossary");
    const { writeGlossary } = await import("@/lib/core/formats/write-glossary");
    const { TOOL_VERSION } = await import("@/lib/server/export-document");
    const terms = await findTerms({ status: "approved" });
    const { body } = writeGlossary(terms, args.format, { now: new Date(), toolVersion: TOOL_VERSION });
    if (args.output === undefined) process.stdout.write(body);
    else {
      await writeFile(args.output, body, "utf8");
      console.error(`Wrote ${plural(terms.length, "term")} (${args.format}) to ${args.output}`);
    }
  },
});
