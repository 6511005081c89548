import { spawnSync } from "node:child_process";
import path from "node:path";
import { isSqliteCurrent } from "./applied-migrations";
import { CliError } from "./cli-error";
import { english } from "./english";

type Where = { projectRoot: string; cwd: string };

/**
 * DATABASE_URL made independent of the working directory: unset means the project's data/duizhao.db,
 * a relative file: URL is resolved against `cwd` (where the user typed the command).
 */
export function normalizeDatabaseUrl(url: string | undefined, { projectRoot, cwd }: Where): string {
  if (!url) return `file:${path.join(projectRoot, "data", "duizhao.db")}`;
  if (!url.startsWith("file:")) return url;
  const [file, query = ""] = url.slice("file:".length).split(/(?=\?)/);
  if (file === ":memory:" || file.startsWith("//") || path.isAbsolute(file)) return url;
  return `file:${path.resolve(cwd, file)}${query}`;
}

/** The URL without its password, fit to print. */
export function redactUrl(url: string): string {
  if (url.startsWith("file:")) return url;
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}

/**
 * Sets process.env.DATABASE_URL to its normalised form and applies pending migrations with the
 * project's script (skipped when a SQLite file has them all, unless `always`); lib/server must only be
 * imported after this, since db.ts reads the URL on import.
 */
export function prepareDatabase(where: Where, { always = false }: { always?: boolean } = {}): { databaseUrl: string; migrationLog: string } {
  const databaseUrl = normalizeDatabaseUrl(process.env.DATABASE_URL, where);
  process.env.DATABASE_URL = databaseUrl;
  if (!always && isSqliteCurrent(databaseUrl, path.join(where.projectRoot, "prisma", "migrations"))) return { databaseUrl, migrationLog: "" };
  const result = spawnSync(process.execPath, [path.join(where.projectRoot, "scripts", "migrate.mjs"), "deploy"], {
    cwd: where.projectRoot,
    env: process.env,
    encoding: "utf8",
  });
  const migrationLog = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
  if (result.status !== 0) {
    if (/SQLITE_BUSY|database is locked/.test(migrationLog)) throw new CliError(english("Errors.DATABASE_BUSY"));
    const output = migrationLog || result.error?.message || `exit code ${result.status}`;
    throw new CliError(`Could not apply the database migrations to ${redactUrl(databaseUrl)}:\n${output}`);
  }
  return { databaseUrl, migrationLog };
}
