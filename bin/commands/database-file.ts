import { normalizeDatabaseUrl } from "../prepare-database";
import { CliError } from "../cli-error";

const PG_GUIDANCE = `For PostgreSQL, use its own tools with the same URL:
  pg_dump --format=custom --file FILE "$DATABASE_URL"                  # back up
  pg_restore --clean --if-exists --dbname "$DATABASE_URL" FILE         # restore (stop the server first)`;

/** The SQLite file DATABASE_URL names; a PostgreSQL URL is a CliError with pg_dump guidance. */
export function sqliteDatabasePath(projectRoot: string, command: string): string {
  const url = normalizeDatabaseUrl(process.env.DATABASE_URL, { projectRoot, cwd: process.cwd() });
  if (!url.startsWith("file:")) throw new CliError(`duizhao ${command} works on the SQLite database; DATABASE_URL names a PostgreSQL database.\n${PG_GUIDANCE}`);
  return url.slice("file:".length).replace(/\?.*$/, "");
}
