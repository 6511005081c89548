import path from "node:path";
import { parseArgs } from "node:util";
import { CliError } from "../cli-error";
import { defineCommand } from "../command";
import { redactUrl } from "../prepare-database";

export const setupCommand = defineCommand({
  usage: `Usage: duizhao setup

Applies pending database migrations (creating the SQLite file if needed) and imports the demo
document the first time. Safe to run again: it never imports the demo twice.

Options:
  -h, --help   Show this help
`,

  parse(argv) {
    const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
    if (positionals.length > 0) throw new CliError(`Unexpected argument "${positionals[0]}".`);
    return {};
  },

  async run(_args, { projectRoot, databaseUrl, migrationLog }) {
    console.log(`Database: ${redactUrl(databaseUrl)}\n${migrationLog}`);
    const { ensureDemoDocument, DEMO_TITLE } = await import("@/lib/server/demo");
    const id = await ensureDemoDocument({ file: path.join(projectRoot, "samples", "demo-forum-page.txt") });
    console.log(id === null ? "Demo document: already imported before." : `Demo document: imported "${DEMO_TITLE}" as id ${id}.`);
  },
});
