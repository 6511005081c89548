import path from "node:path";
import { parseArgs } from "node:util";
import { cleanText } from "@/lib/core/clean/clean-text";
import { CliError } from "../cli-error";
import { choicesFromFlags, RULE_HELP, RULE_OPTIONS } from "../cleanup-options";
import { defineCommand } from "../command";
import { readInputFile } from "../read-input-file";

export const cleanCommand = defineCommand({
  usesDatabase: false,
  usage: `Usage: duizhao clean FILE [--json] [--encoding ENC] [--no-RULE…]

Cleans a scraped Chinese text as the import does and prints it, paragraphs separated by blank
lines. Nothing is written to the database.

Options:
  --json           Print { title, encoding, paragraphs, removed, flags } as JSON
  --encoding ENC   utf-8, utf-16le, utf-16be, gb18030 or big5 instead of detecting it
${RULE_HELP}
  -h, --help       Show this help
`,

  parse(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: "boolean" }, encoding: { type: "string" }, ...RULE_OPTIONS },
    });
    if (positionals.length !== 1) throw new CliError(positionals.length === 0 ? "Missing FILE to clean." : "Clean one FILE at a time.");
    return { file: positionals[0], json: values.json === true, encoding: values.encoding as string | undefined, choices: choicesFromFlags(values) };
  },

  async run({ file, json, encoding, choices }) {
    const { runParseTask } = await import("@/lib/server/run-parse-task");
    const source = await runParseTask("readImportSource", [{ bytes: await readInputFile(file), fileName: path.basename(file), encoding }]);
    const result = cleanText(source.text, choices);
    if (!json) {
      process.stdout.write(`${result.paragraphs.map((p) => p.text).join("\n\n")}\n`);
      return;
    }
    // The paragraph (from 1) a change falls in or ends (junk glued to a line's end), or null for whole lines between paragraphs.
    const paragraphOf = (start: number) => {
      const i = result.paragraphs.findIndex((p) => start >= p.start && start <= p.end);
      return i < 0 ? null : i + 1;
    };
    const out = {
      title: source.title ?? null,
      encoding: source.encoding,
      paragraphs: result.paragraphs.map(({ text, kind }) => ({ text, kind })),
      removed: result.edits
        .filter((e) => e.status === "applied")
        .map((e) => ({ category: e.rule, detail: e.detail ?? null, text: e.original, replacement: e.replacement, start: e.start, end: e.end, paragraph: paragraphOf(e.start) })),
      flags: result.edits
        .filter((e) => e.status === "suggested" || e.status === "flagged")
        .map((e) => ({ category: e.rule, text: e.original, repair: e.status === "suggested" ? e.replacement : null, start: e.start, end: e.end, paragraph: paragraphOf(e.start) })),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  },
});
