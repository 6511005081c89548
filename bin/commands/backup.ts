import path from "node:path";
import { parseArgs } from "node:util";
import { CliError } from "../cli-error";
import { defineCommand } from "../command";
import { explainFileErrors, sqliteDatabasePath } from "./database-file";

export const backupCommand = defineCommand({
  usage: `Usage: duizhao backup FILE

Copies the SQLite database (DATABASE_URL) into FILE, a new file, with SQLite's online backup: safe
while the server runs and saves. The copy is checked (integrity_check) before the command succeeds.
For PostgreSQL it prints how to use pg_dump instead and exits 1.

Options:
  -h, --help   Show this help
`,
  usesDatabase: false,

  parse(argv) {
    const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
    if (positionals.length !== 1) throw new CliError(positionals.length === 0 ? "Missing FILE to write the backup to." : "Name one FILE.");
    return { file: path.resolve(positionals[0]) };
  },

  async run({ file }, { projectRoot }) {
    const databasePath = sqliteDatabasePath(projectRoot, "backup");
    const { backupDatabase } = await import("@/lib/server/backup-database");
    const { documents, bytes } = await explainFileErrors(file, () => backupDatabase({ databasePath, file }));
    console.error(`Backed up ${databasePath} to ${file}: ${documents} document${documents === 1 ? "" : "s"}, ${(bytes / 1024 / 1024).toFixed(1)} MB, integrity ok.`);
  },
});
