import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { GLOSSARY_FORMATS, type GlossaryFormat } from "@/lib/core/formats/export-data";
import { isOneOf } from "@/lib/core/model";
import { CliError } from "../cli-error";
import { defineCommand } from "../command";
import { readBilingualFile } from "../read-bilingual-file";

export const glossaryCommand = defineCommand({
  usage: `Usage: duizhao glossary export [--format tbx|csv] [-o FILE]
       duizhao glossary import FILE.tbx

export  writes every glossary term as TBX-Basic or CSV (UTF-8 with BOM)
import  adds the Chinese → English terms of a TBX file to the global glossary; terms already
        there (same source and target) are skipped. A malformed file changes nothing.

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
    if (rest.length > 0) throw new CliError("Too many arguments.");
    if (action === "export") {
      const format = values.format ?? "tbx";
      if (!isOneOf(GLOSSARY_FORMATS, format)) throw new CliError(`Unknown format "${values.format}". Valid formats: ${GLOSSARY_FORMATS.join(", ")}.`);
      return { action: "export" as const, format: format as GlossaryFormat, output: values.output };
    }
    if (action === "import") {
      if (file === undefined) throw new CliError("Missing FILE to import.");
      return { action: "import" as const, file };
    }
    throw new CliError(action === undefined ? "Missing action: export or import." : `Unknown action "${action}": export or import.`);
  },

  async run(args) {
    if (args.action === "import") {
      const { runParseTask } = await import("@/lib/server/run-parse-task");
      const terms = await runParseTask("parseTbx", [await readBilingualFile(args.file)]);
      const { importTerms } = await import("@/lib/server/glossary");
      const { added, updated } = await importTerms({ terms });
      console.error(`Added ${added} term${added === 1 ? "" : "s"}; ${updated} already in the glossary, updated.`);
      return;
    }
    const { findTerms } = await import("@/lib/server/glossary");
    const { toTbx } = await import("@/lib/core/formats/to-tbx");
    const { glossaryToCsv } = await import("@/lib/core/formats/to-csv");
    const { TOOL_VERSION } = await import("@/lib/server/export-document");
    const terms = await findTerms();
    const text =
      args.format === "tbx" ? toTbx(terms, { now: new Date(), toolVersion: TOOL_VERSION, sourceLang: "zh", targetLang: "en" }) : glossaryToCsv(terms);
    if (args.output === undefined) process.stdout.write(text);
    else {
      await writeFile(args.output, text, "utf8");
      console.error(`Wrote ${terms.length} terms (${args.format}) to ${args.output}`);
    }
  },
});
