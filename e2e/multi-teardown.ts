import { execFileSync } from "node:child_process";

/** Stops the throw-away PostgreSQL cluster playwright.multi.config.ts started, if it started one. */
export default function teardown(): void {
  const dir = process.env.DUIZHAO_E2E_MULTI_PG_DIR;
  if (dir) execFileSync("scripts/pg-throwaway.sh", ["stop"], { env: { ...process.env, PG_THROWAWAY_DIR: dir }, stdio: "inherit" });
}
