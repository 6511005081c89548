import { parseArgs } from "node:util";
import type { DocumentSummary } from "@/lib/core/model";
import { CliError } from "../cli-error";
import { defineCommand } from "../command";
import { formatTable } from "../format-table";

function formatDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function toJsonRow({ id, title, updatedAt, progress }: DocumentSummary) {
  return { id, title, paragraphs: progress.total, translated: progress.translated, percent: progress.percent, updatedAt };
}

export const listCommand = defineCommand({
  usage: `Usage: duizhao list [--json]

Lists the documents, most recently changed first: id, paragraphs, % translated, last change, title.

Options:
  --json       Print a JSON array instead of a table
  -h, --help   Show this help
`,

  parse(argv) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: "boolean" } } });
    if (positionals.length > 0) throw new CliError(`Unexpected argument "${positionals[0]}".`);
    return { isJson: values.json === true };
  },

  async run({ isJson }) {
    const { findDocuments } = await import("@/lib/server/documents");
    const documents = await findDocuments();
    if (isJson) {
      console.log(JSON.stringify(documents.map(toJsonRow), null, 2));
      return;
    }
    if (documents.length === 0) {
      console.error('No documents yet. Import one with "duizhao import FILE".');
      return;
    }
    const rows = documents.map(({ id, title, updatedAt, progress }) => [
      String(id),
      String(progress.total),
      `${progress.percent}%`,
      formatDate(updatedAt),
      title,
    ]);
    console.log(formatTable(["ID", "PARAGRAPHS", "TRANSLATED", "UPDATED", "TITLE"], rows));
  },
});
