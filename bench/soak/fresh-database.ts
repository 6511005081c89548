// A new, empty database for each run: a SQLite file in a temporary folder, or PostgreSQL from
// SOAK_DATABASE_URL or a throw-away cluster (scripts/pg-throwaway.sh) when PostgreSQL is installed.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DatabaseKind } from "./options";

export type FreshDatabase = { url: string; stop(): void };

const PG_BIN = "/usr/lib/postgresql";

function throwAwayCluster(root: string): FreshDatabase {
  const env = { ...process.env, PG_THROWAWAY_DIR: process.env.PG_THROWAWAY_DIR ?? path.join(tmpdir(), "duizhao-soak-pg") };
  const script = path.join(root, "scripts/pg-throwaway.sh");
  const port = process.env.SOAK_PG_PORT ?? "55445";
  const url = execFileSync(script, ["start", port], { env, encoding: "utf8" }).trim();
  return { url, stop: () => execFileSync(script, ["stop"], { env, stdio: "inherit" }) };
}

/**
 * A database for one run, or a sentence saying why there is none (PostgreSQL not installed).
 * `folder` receives the SQLite file; it is the run's folder for logs and files too.
 */
export function freshDatabase(kind: DatabaseKind, root: string, folder: string): FreshDatabase | string {
  if (kind === "sqlite") return { url: `file:${path.join(folder, "soak.db")}`, stop: () => {} };
  if (process.env.SOAK_DATABASE_URL) return { url: process.env.SOAK_DATABASE_URL, stop: () => {} };
  const installed = existsSync(PG_BIN) && readdirSync(PG_BIN).some((version) => existsSync(path.join(PG_BIN, version, "bin/initdb")));
  if (!installed) return "PostgreSQL: skipped, not installed (apt-get install postgresql) and SOAK_DATABASE_URL not set";
  return throwAwayCluster(root);
}

/** A folder for one run's database, server log and files. */
export function runFolder(name: string): string {
  return mkdtempSync(path.join(tmpdir(), `duizhao-soak-${name}-`));
}
