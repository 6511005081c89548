import path from "node:path";
import { parseArgs } from "node:util";
import { prepareImport } from "@/lib/core/import/prepare-import";
import { parseSourceUrl } from "@/lib/core/source-url";
import { CliError } from "../cli-error";
import { choicesFromFlags, RULE_HELP, RULE_OPTIONS } from "../cleanup-options";
import { defineCommand } from "../command";
import { parseDocumentId } from "../parse-document-id";
import { readInputFile } from "../read-input-file";
import { BILINGUAL_EXTENSIONS, importBilingual } from "./import-bilingual";
import { importReviewFile, REVIEW_EXTENSIONS } from "./import-review";

const SCRIPT_NAMES = { hans: "Simplified", hant: "Traditional" } as const;

export const importCommand = defineCommand({
  usage: `Usage: duizhao import FILE [--title T] [--encoding ENC] [--raw] [--no-RULE…]

Imports a Chinese text (.txt, .md, .html, .docx; UTF-8, UTF-16, GB18030/GBK or Big5, detected
unless given) as a new document, cleaned as the app's import preview cleans it. Prints only the
new document's id on stdout.

An XLIFF 1.2/2.0 (.xlf, .xliff) or TMX (.tmx) file is imported with its translations: as a new
document, or with --into ID into an existing one (paragraphs matched by id, else by source text;
each change saved as a revision; a summary is printed). A bad file changes nothing.

A review table (.docx, .xlsx from \`export ID --format review-docx|review-xlsx\`) comes back with
--into ID: changed targets and statuses become revisions by "review", comments paragraph notes; a
file of another document, or with edited ids, is refused and changes nothing.

Options:
  --title T          Title (default: a web page's title, the text's heading, or the file name)
  --encoding ENC     utf-8, utf-16le, utf-16be, gb18030 or big5 instead of detecting it
  --source-url URL   Where the text comes from (an http:// or https:// address)
  --note TEXT        A note kept with the document
  --raw              No cleanup: one paragraph per non-blank line, as the text is
  --into ID          XLIFF/TMX or review DOCX/XLSX: update the translations of document ID
${RULE_HELP}
  -h, --help         Show this help
`,

  parse(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        title: { type: "string" },
        encoding: { type: "string" },
        "source-url": { type: "string" },
        note: { type: "string" },
        raw: { type: "boolean" },
        into: { type: "string" },
        ...RULE_OPTIONS,
      },
    });
    if (positionals.length !== 1) throw new CliError(positionals.length === 0 ? "Missing FILE to import." : "Import one FILE at a time.");
    const isBilingual = BILINGUAL_EXTENSIONS.test(positionals[0]);
    const isReview = values.into !== undefined && REVIEW_EXTENSIONS.test(positionals[0]);
    if (values.into !== undefined && !isBilingual && !isReview) {
      throw new CliError("--into works with XLIFF (.xlf, .xliff), TMX (.tmx) and review (.docx, .xlsx) files only.");
    }
    return {
      isReview,
      into: values.into === undefined ? undefined : parseDocumentId(values.into as string),
      isBilingual,
      file: positionals[0],
      title: values.title as string | undefined,
      encoding: values.encoding as string | undefined,
      // Checked here too, so that a bad URL is refused on every path, XLIFF/TMX included.
      sourceUrl: parseSourceUrl(values["source-url"] as string | undefined),
      note: values.note as string | undefined,
      cleanup: values.raw ? null : choicesFromFlags(values),
    };
  },

  async run({ file, encoding, into, isBilingual, isReview, ...options }) {
    if (isReview && into !== undefined) return importReviewFile({ file, into });
    if (isBilingual) return importBilingual({ file, fileName: path.basename(file), into });
    const { runParseTask } = await import("@/lib/server/run-parse-task");
    const source = await runParseTask("readImportSource", [{ bytes: await readInputFile(file), fileName: path.basename(file), encoding }]);
    const prepared = prepareImport(source, options);
    const { createDocument } = await import("@/lib/server/documents");
    const { id } = await createDocument(prepared);
    process.stdout.write(`${id}\n`);
    const count = prepared.segments.length;
    const details = `${count} paragraph${count === 1 ? "" : "s"} (${prepared.encoding}, ${SCRIPT_NAMES[prepared.script]})`;
    console.error(`Imported "${prepared.title}": ${details}`);
  },
});
