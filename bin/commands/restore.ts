import path from "node:path";
import { parseArgs } from "node:util";
import { CliError } from "../cli-error";
import { defineCommand } from "../command";
import { explainFileErrors, sqliteDatabasePath } from "./database-file";

export const restoreCommand = defineCommand({
  usage: `Usage: duizhao restore FILE

Replaces the SQLite database (DATABASE_URL) with a backup made by "duizhao backup". FILE must be a
sound Duizhao database (integrity_check). Stop the server first: while any process has the database
open, restore refuses and changes nothing. The replaced database is kept beside it as
<name>.before-restore-<UTC time>. Migrations the backup lacks are applied at the next start.
For PostgreSQL it prints how to use pg_restore instead and exits 1.

Options:
  -h, --help   Show this help
`,
  usesDatabase: false,

  parse(argv) {
    const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
    if (positionals.length !== 1) throw new CliError(positionals.length === 0 ? "Missing FILE to restore from." : "Name one FILE.");
    return { file: path.resolve(positionals[0]) };
  },

  async run({ file }, { projectRoot }) {
    const databasePath = sqliteDatabasePath(projectRoot, "restore");
    const { restoreDatabase } = await import("@/lib/server/backup-database");
    const { documents, replaced } = await explainFileErrors(databasePath, () => restoreDatabase({ databasePath, file }));
    console.error(`Restored ${databasePath} from ${file}: ${documents} document${documents === 1 ? "" : "s"}.`);
    if (replaced) console.error(`The database it replaced is kept as ${replaced}.`);
  },
});
