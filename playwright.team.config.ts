import { defineConfig } from "@playwright/test";
import { chromiumUse, productionServer, resetDatabaseOnce } from "./playwright.shared";

// Team mode's journeys (e2e/team-*.spec.ts): their own server (DUIZHAO_TEAM=1), port and database, so
// that the local-mode suite (playwright.config.ts) runs unchanged. `npm run test:e2e` runs both.
const PORT = Number(process.env.E2E_TEAM_PORT) || (Number(process.env.E2E_PORT) || 3210) + 1;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const SQLITE_FILE = "data/e2e-team.db";
// E2E_TEAM_DATABASE_URL=postgresql://… runs the same journeys on PostgreSQL (that database is emptied).
const databaseUrl = process.env.E2E_TEAM_DATABASE_URL || `file:./${SQLITE_FILE}`;

resetDatabaseOnce("DUIZHAO_E2E_TEAM_DATABASE_RESET", databaseUrl, SQLITE_FILE);

export default defineConfig({
  testDir: "e2e",
  testMatch: "team-*.spec.ts",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: [["list"]],
  use: chromiumUse(BASE_URL),
  webServer: productionServer(`${BASE_URL}/sign-in`, { PORT: String(PORT), DUIZHAO_TEAM: "1", DATABASE_URL: databaseUrl }),
});
