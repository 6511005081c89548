import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PlaywrightTestConfig } from "@playwright/test";
import { findChromium } from "./scripts/find-chromium.mjs";

// What the local-mode suite (playwright.config.ts) and the team-mode suite (playwright.team.config.ts)
// share: how a run empties its database, the browser, and the production server.

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Empties the suite's database at the start of a run: here, because Playwright starts the webServer
 * before any globalSetup. The config is also loaded by workers (and the UI mode's loader), which inherit
 * process.env: `marker` makes only the first process, before the server exists, reset it.
 * `sqliteFile` null keeps a SQLite database given from outside.
 */
export function resetDatabaseOnce(marker: string, databaseUrl: string, sqliteFile: string | null): void {
  if (process.env[marker]) return;
  process.env[marker] = "1";
  if (/^postgres(ql)?:/.test(databaseUrl)) {
    execFileSync(process.execPath, [path.join(root, "scripts/reset-postgres.mjs")], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "inherit" });
  } else if (sqliteFile) {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(path.join(root, `${sqliteFile}${suffix}`), { force: true });
  }
}

/** Chromium as the suites drive it: browsers cannot be downloaded offline, so Playwright's own if installed, else CHROMIUM_PATH, else Debian's chromium (scripts/ensure-chromium.mjs installs it when it can). */
export function chromiumUse(baseURL: string): PlaywrightTestConfig["use"] {
  return {
    baseURL,
    locale: "en-US",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: findChromium() ?? undefined,
      args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    },
  };
}

/** The production server (built if needed, migrations applied, the demo document imported), ready when `url` answers. */
export function productionServer(url: string, env: Record<string, string>): PlaywrightTestConfig["webServer"] {
  return {
    command: "node scripts/start.mjs",
    url,
    env: { HOSTNAME: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1", ...env },
    reuseExistingServer: false,
    timeout: 180_000,
    // SIGTERM first so Next closes the database cleanly; Playwright kills it after 10 s otherwise.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  };
}
