import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { defineConfig, type PlaywrightTestConfig } from "@playwright/test";
import { chromiumUse, productionServer, resetDatabaseOnce } from "./playwright.shared";

// Several app servers on one PostgreSQL (e2e/multi-*.spec.ts): two team-mode servers on two ports, as
// behind a load balancer. E2E_MULTI_DATABASE_URL names the database (emptied); without it, a throw-away
// cluster is started here (scripts/pg-throwaway.sh, needs Debian's postgresql) and stopped after the run.
const PORT_A = Number(process.env.E2E_MULTI_PORT) || (Number(process.env.E2E_PORT) || 3210) + 2;
const PORT_B = PORT_A + 1;
const PG_PORT = Number(process.env.E2E_MULTI_PG_PORT) || 55434;
const PG_DIR = `/tmp/duizhao-pg-multi-${PG_PORT}`;

const hasPostgres = () => existsSync("/usr/lib/postgresql") && readdirSync("/usr/lib/postgresql").some((version) => existsSync(`/usr/lib/postgresql/${version}/bin/initdb`));

function databaseUrl(): string | null {
  if (process.env.E2E_MULTI_DATABASE_URL) return process.env.E2E_MULTI_DATABASE_URL;
  if (!hasPostgres()) return null;
  // Loaded again by the workers, which inherit the URL of the cluster the first load started.
  if (!process.env.DUIZHAO_E2E_MULTI_PG) {
    process.env.DUIZHAO_E2E_MULTI_PG = execFileSync("scripts/pg-throwaway.sh", ["start", String(PG_PORT)], { env: { ...process.env, PG_THROWAWAY_DIR: PG_DIR }, encoding: "utf8" }).trim();
    process.env.DUIZHAO_E2E_MULTI_PG_DIR = PG_DIR;
  }
  return process.env.DUIZHAO_E2E_MULTI_PG;
}

const url = databaseUrl();
if (url) resetDatabaseOnce("DUIZHAO_E2E_MULTI_DATABASE_RESET", url, null);
else if (!process.env.DUIZHAO_E2E_MULTI_SKIP_SAID) {
  process.env.DUIZHAO_E2E_MULTI_SKIP_SAID = "1";
  console.warn("e2e/multi-*.spec.ts not run: they need PostgreSQL (apt-get install postgresql, or E2E_MULTI_DATABASE_URL=postgresql://…).");
}
const MULTI = { a: `http://127.0.0.1:${PORT_A}`, b: `http://127.0.0.1:${PORT_B}` };
process.env.E2E_MULTI_A = MULTI.a;
process.env.E2E_MULTI_B = MULTI.b;
process.env.E2E_MULTI_URL = url ?? "";

type WebServer = Exclude<NonNullable<PlaywrightTestConfig["webServer"]>, readonly unknown[]>;
const server = (port: number) => productionServer(`http://127.0.0.1:${port}/sign-in`, { PORT: String(port), DUIZHAO_TEAM: "1", DATABASE_URL: url! }) as WebServer;

export default defineConfig({
  testDir: "e2e",
  // Without PostgreSQL nothing runs (said above; `npm run test:e2e` passes --pass-with-no-tests).
  testMatch: url ? "multi-*.spec.ts" : [],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: [["list"]],
  globalTeardown: "./e2e/multi-teardown.ts",
  use: chromiumUse(MULTI.a),
  webServer: url ? [server(PORT_A), server(PORT_B)] : [],
});
