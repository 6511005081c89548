import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import { findChromium } from "./scripts/find-chromium.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));
// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT) || 3210;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const SQLITE_E2E_FILE = "data/e2e.db";
const databaseUrl = process.env.E2E_DATABASE_URL || `file:./${SQLITE_E2E_FILE}`;

// Every run starts on an empty database, emptied here because Playwright starts the webServer before
// any globalSetup. The config is also loaded by workers (and the UI mode's loader), which inherit
// process.env: the marker makes only the first process, before the server exists, reset it.
if (!process.env.DUIZHAO_E2E_DATABASE_RESET) {
  process.env.DUIZHAO_E2E_DATABASE_RESET = "1";
  if (/^postgres(ql)?:/.test(databaseUrl)) {
    execFileSync(process.execPath, [path.join(root, "scripts/reset-postgres.mjs")], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: "inherit",
    });
  } else if (!process.env.E2E_DATABASE_URL) {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) {
      rmSync(path.join(root, `${SQLITE_E2E_FILE}${suffix}`), { force: true });
    }
  }
}

export default defineConfig({
  testDir: "e2e",
  // Team mode's journeys run on their own server: playwright.team.config.ts.
  testIgnore: "team-*.spec.ts",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    locale: "en-US",
    screenshot: "only-on-failure",
    // Browsers cannot be downloaded offline: Playwright's own if installed, else CHROMIUM_PATH, else
    // Debian's chromium (scripts/ensure-chromium.mjs installs it when it can).
    launchOptions: {
      executablePath: findChromium() ?? undefined,
      args: [
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // Builds if needed, applies migrations and imports the demo document, then serves the build.
    command: "node scripts/start.mjs",
    url: `${BASE_URL}/`,
    env: { PORT: String(PORT), HOSTNAME: "127.0.0.1", DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    reuseExistingServer: false,
    timeout: 180_000,
    // SIGTERM first so Next closes the database cleanly; Playwright kills it after 10 s otherwise.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
