import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// One migrated database per test run: a throw-away SQLite file, or the PostgreSQL database named by
// TEST_DATABASE_URL (emptied first) when CI runs the data-layer tests again on PostgreSQL.
export default function setup(project: TestProject): () => void {
  const pgUrl = process.env.TEST_DATABASE_URL;
  const dir = pgUrl ? null : mkdtempSync(path.join(tmpdir(), "duizhao-test-"));
  const url = pgUrl ?? `file:${path.join(dir!, "test.db")}`;
  const migrate = (args: string[]) =>
    execFileSync("node", ["scripts/migrate.mjs", ...args], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  if (pgUrl) execFileSync("node", ["scripts/reset-postgres.mjs"], { env: { ...process.env, DATABASE_URL: url } });
  migrate(["deploy"]);
  project.provide("databaseUrl", url);
  return () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
