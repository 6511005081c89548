import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { isDomainError } from "@/lib/core/errors";
import { toJson } from "@/lib/core/formats/to-json";
import type { DocumentWithSegments } from "@/lib/core/model";
import { CliError } from "../cli-error";
import { defineCommand } from "../command";
import { parseDocumentId } from "../parse-document-id";

const FORMATS: Record<string, (document: DocumentWithSegments) => string> = {
  json: (document) => `${JSON.stringify(toJson(document), null, 2)}\n`,
};

export const exportCommand = defineCommand({
  usage: `Usage: duizhao export ID [--format json] [--output FILE]

Writes a document with its translations, in paragraph order, as UTF-8.

Options:
  --format F     ${Object.keys(FORMATS).join(", ")} (default: json)
  --output FILE  Write to FILE instead of stdout
  -h, --help     Show this help
`,

  parse(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: "string", default: "json" }, output: { type: "string" } },
    });
    if (positionals.length !== 1) throw new CliError(positionals.length === 0 ? "Missing document ID." : "Export one ID at a time.");
    if (!Object.hasOwn(FORMATS, values.format)) {
      throw new CliError(`Unknown format "${values.format}". Valid formats: ${Object.keys(FORMATS).join(", ")}.`);
    }
    return { id: parseDocumentId(positionals[0]), format: values.format, output: values.output };
  },

  async run({ id, format, output }) {
    const { getDocument } = await import("@/lib/server/documents");
    const document = await getDocument({ id }).catch((error: unknown) => {
      if (isDomainError(error) && error.code === "NOT_FOUND") {
        throw new CliError(`No document with id ${id}. Run "duizhao list" to see the ids.`);
      }
      throw error;
    });
    const text = FORMATS[format](document);
    if (output === undefined) {
      process.stdout.write(text);
      return;
    }
    await writeFile(output, text, "utf8");
    console.error(`Wrote "${document.title}" (${document.segments.length} paragraphs) to ${output}`);
  },
});
