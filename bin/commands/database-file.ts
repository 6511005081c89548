import { normalizeDatabaseUrl } from "../prepare-database";
import { CliError } from "../cli-error";

const PG_GUIDANCE = `For PostgreSQL, use its own tools with the same URL:
  pg_dump --format=custom --file FILE "$DATABASE_URL"                  # back up
  pg_restore --clean --if-exists --dbname "$DATABASE_URL" FILE         # restore (stop the server first)`;

const REASONS: Record<string, string> = {
  ENOENT: "no such directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  SQLITE_CANTOPEN: "cannot open it (no such directory, or permission denied)",
  SQLITE_READONLY: "permission denied",
  SQLITE_FULL: "no space left on the device",
};

/** Runs a file operation; a missing folder, a permission or a full disk becomes a CliError naming the file. */
export async function explainFileErrors<T>(file: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    // better-sqlite3's backup() says so in a TypeError when the destination folder is missing.
    const reason = REASONS[code] ?? (error instanceof TypeError && /directory does not exist/.test(error.message) ? REASONS.ENOENT : undefined);
    if (!reason) throw error;
    throw new CliError(`Cannot write ${file}: ${reason}. Nothing was changed.`);
  }
}

/** The SQLite file DATABASE_URL names; a PostgreSQL URL is a CliError with pg_dump guidance. */
export function sqliteDatabasePath(projectRoot: string, command: string): string {
  const url = normalizeDatabaseUrl(process.env.DATABASE_URL, { projectRoot, cwd: process.cwd() });
  if (!url.startsWith("file:")) throw new CliError(`duizhao ${command} works on the SQLite database; DATABASE_URL names a PostgreSQL database.\n${PG_GUIDANCE}`);
  return url.slice("file:".length).replace(/\?.*$/, "");
}
