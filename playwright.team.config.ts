import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import { findChromium } from "./scripts/find-chromium.mjs";

// Team mode's journeys (e2e/team-*.spec.ts): their own server (DUIZHAO_TEAM=1), port and database, so
// that the local-mode suite (playwright.config.ts) runs unchanged. `npm run test:e2e` runs both.
const root = path.dirname(fileURLToPath(import.meta.url));
const PORT = Number(process.env.E2E_TEAM_PORT) || (Number(process.env.E2E_PORT) || 3210) + 1;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const SQLITE_FILE = "data/e2e-team.db";
// E2E_TEAM_DATABASE_URL=postgresql://… runs the same journeys on PostgreSQL (that database is emptied).
const databaseUrl = process.env.E2E_TEAM_DATABASE_URL || `file:./${SQLITE_FILE}`;

if (!process.env.DUIZHAO_E2E_TEAM_DATABASE_RESET) {
  process.env.DUIZHAO_E2E_TEAM_DATABASE_RESET = "1";
  if (/^postgres(ql)?:/.test(databaseUrl)) {
    execFileSync(process.execPath, [path.join(root, "scripts/reset-postgres.mjs")], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "inherit" });
  } else {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(path.join(root, `${SQLITE_FILE}${suffix}`), { force: true });
  }
}

export default defineConfig({
  testDir: "e2e",
  testMatch: "team-*.spec.ts",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    locale: "en-US",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: findChromium() ?? undefined,
      args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    },
  },
  webServer: {
    command: "node scripts/start.mjs",
    url: `${BASE_URL}/sign-in`,
    env: { PORT: String(PORT), HOSTNAME: "127.0.0.1", DUIZHAO_TEAM: "1", DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    reuseExistingServer: false,
    timeout: 180_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
