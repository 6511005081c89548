import path from "node:path";
import { parseArgs } from "node:util";
import { prepareImport } from "@/lib/core/import/prepare-import";
import { CliError } from "../cli-error";
import { defineCommand } from "../command";
import { readInputFile } from "../read-input-file";

const SCRIPT_NAMES = { hans: "Simplified", hant: "Traditional" } as const;

export const importCommand = defineCommand({
  usage: `Usage: duizhao import FILE [--title T]

Imports a Chinese text file (UTF-8, or UTF-16 with a byte order mark) as a new document,
one paragraph per non-blank line. Prints only the new document's id on stdout.

Options:
  --title T    Title of the document (default: the file name without its extension)
  -h, --help   Show this help
`,

  parse(argv) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { title: { type: "string" } } });
    if (positionals.length !== 1) throw new CliError(positionals.length === 0 ? "Missing FILE to import." : "Import one FILE at a time.");
    return { file: positionals[0], title: values.title };
  },

  async run({ file, title }) {
    const bytes = await readInputFile(file);
    const prepared = prepareImport({ kind: "file", bytes, fileName: path.basename(file), title });
    const { createDocument } = await import("@/lib/server/documents");
    const { id } = await createDocument(prepared);
    process.stdout.write(`${id}\n`);
    const count = prepared.segments.length;
    const details = `${count} paragraph${count === 1 ? "" : "s"} (${prepared.encoding}, ${SCRIPT_NAMES[prepared.script]})`;
    console.error(`Imported "${prepared.title}": ${details}`);
  },
});
