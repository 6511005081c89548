import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { isDomainError } from "@/lib/core/errors";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/core/formats/export-data";
import { SCRIPT_VIEWS, isOneOf, type ScriptView } from "@/lib/core/model";
import { CliError } from "../cli-error";
import { defineCommand } from "../command";
import { parseDocumentId } from "../parse-document-id";

export const exportCommand = defineCommand({
  usage: `Usage: duizhao export ID [--format F] [--script S] [--translated-only] [--no-annotations] [--interleaved] [--prefill-target] [-o FILE]

Writes a document with its translations, in paragraph order (UTF-8; DOCX is binary and needs -o).

Options:
  --format F          ${EXPORT_FORMATS.join(", ")} (default: json)
  --script S          the Chinese text as ${SCRIPT_VIEWS.join(", ")} (default: original)
  --translated-only   only paragraphs with a translation
  --no-annotations    leave annotations (notes, footnotes) out
  --interleaved       txt only: each source followed by its translation (default: translations only)
  --prefill-target    xliff12, xliff20: a paragraph without a translation gets its source as target
                      (state new/initial), for tools that translate the target, such as OmegaT
  -o, --output FILE   Write to FILE instead of stdout
  -h, --help          Show this help
`,

  parse(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", default: "json" },
        script: { type: "string", default: "original" },
        "translated-only": { type: "boolean", default: false },
        "no-annotations": { type: "boolean", default: false },
        interleaved: { type: "boolean", default: false },
        "prefill-target": { type: "boolean", default: false },
        output: { type: "string", short: "o" },
      },
    });
    if (positionals.length !== 1) throw new CliError(positionals.length === 0 ? "Missing document ID." : "Export one ID at a time.");
    if (!isOneOf(EXPORT_FORMATS, values.format)) {
      throw new CliError(`Unknown format "${values.format}". Valid formats: ${EXPORT_FORMATS.join(", ")}.`);
    }
    if (!isOneOf(SCRIPT_VIEWS, values.script)) {
      throw new CliError(`Unknown script "${values.script}". Valid scripts: ${SCRIPT_VIEWS.join(", ")}.`);
    }
    if (values.format.endsWith("docx") && values.output === undefined) throw new CliError("DOCX is a binary file: give -o FILE.");
    if (values.format === "review-xlsx" && values.output === undefined) throw new CliError("XLSX is a binary file: give -o FILE.");
    return {
      id: parseDocumentId(positionals[0]),
      format: values.format as ExportFormat,
      output: values.output,
      options: {
        script: values.script as ScriptView,
        scope: values["translated-only"] ? ("translated" as const) : ("all" as const),
        hasAnnotations: !values["no-annotations"],
        textLayout: values.interleaved ? ("interleaved" as const) : ("target" as const),
        isTargetPrefilled: values["prefill-target"],
      },
    };
  },

  async run({ id, format, output, options }) {
    const { exportDocument } = await import("@/lib/server/export-document");
    const file = await exportDocument({ documentId: id, format, options }).catch((error: unknown) => {
      if (isDomainError(error) && error.code === "NOT_FOUND") {
        throw new CliError(`No document with id ${id}. Run "duizhao list" to see the ids.`);
      }
      throw error;
    });
    if (output === undefined) {
      process.stdout.write(file.body);
      return;
    }
    await writeFile(output, file.body);
    console.error(`Wrote "${file.title}" (${file.paragraphs} paragraphs, ${format}) to ${output}`);
  },
});
