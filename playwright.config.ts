import { defineConfig } from "@playwright/test";
import { chromiumUse, productionServer, resetDatabaseOnce } from "./playwright.shared";

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT) || 3210;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const SQLITE_E2E_FILE = "data/e2e.db";
const databaseUrl = process.env.E2E_DATABASE_URL || `file:./${SQLITE_E2E_FILE}`;

// Every run starts on an empty database.
resetDatabaseOnce("DUIZHAO_E2E_DATABASE_RESET", databaseUrl, process.env.E2E_DATABASE_URL ? null : SQLITE_E2E_FILE);

export default defineConfig({
  testDir: "e2e",
  // Team mode's journeys run on their own server (playwright.team.config.ts), several servers' on two (playwright.multi.config.ts).
  testIgnore: ["team-*.spec.ts", "multi-*.spec.ts"],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: [["list"]],
  use: chromiumUse(BASE_URL),
  webServer: productionServer(`${BASE_URL}/`, { PORT: String(PORT), DATABASE_URL: databaseUrl }),
});
