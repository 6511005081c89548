import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { openSqlite, sqlitePath } from "@/lib/server/sqlite-file";

/**
 * True when the SQLite database of `databaseUrl` has every migration of `migrationsDir` applied: then a
 * command need not start the schema engine (0.4 s) to find nothing to do. Anything unsure (no file, no
 * migration table, a PostgreSQL URL, an error) is false, and the migrations are run as before.
 */
export function isSqliteCurrent(databaseUrl: string, migrationsDir: string): boolean {
  if (!databaseUrl.startsWith("file:")) return false;
  const file = sqlitePath(databaseUrl);
  if (file === ":memory:" || !existsSync(file)) return false;
  try {
    const database = openSqlite(file, { readonly: true, fileMustExist: true, timeout: 2_000 });
    try {
      const rows = database.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").all() as { migration_name: string }[];
      const applied = new Set(rows.map((row) => row.migration_name));
      return readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, "migration.sql")))
        .every((entry) => applied.has(entry.name));
    } finally {
      database.close();
    }
  } catch {
    return false;
  }
}
