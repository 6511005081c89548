import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// An open editor keeps a live stream (GET /api/documents/ID/live) open for as long as it is open: the
// server must still stop at once when told to (Ctrl+C, or SIGTERM from a service manager).
const PORT = (Number(process.env.E2E_PORT) || 3210) + 4;

test.skip(Boolean(process.env.E2E_DATABASE_URL), "runs once, in the SQLite pass: it uses a SQLite file of its own");

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  test(`a server with an open live stream stops within seconds of ${signal}`, async () => {
    test.setTimeout(120_000);
    const dir = mkdtempSync(path.join(tmpdir(), "duizhao-e2e-shutdown-"));
    const server = spawn(process.execPath, ["scripts/start.mjs"], {
      env: { ...process.env, PORT: String(PORT), HOSTNAME: "127.0.0.1", DATABASE_URL: `file:${path.join(dir, "shutdown.db")}`, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
    });
    const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
    try {
      await expect(async () => expect((await fetch(`http://127.0.0.1:${PORT}/`)).ok).toBe(true)).toPass({ timeout: 90_000 });
      // The demo document (id 1) of a fresh database, as an open editor would listen to it.
      const stream = await fetch(`http://127.0.0.1:${PORT}/api/documents/1/live`);
      const reader = stream.body!.getReader();
      expect(new TextDecoder().decode((await reader.read()).value)).toContain("event: hello");
      const stopping = Date.now();
      server.kill(signal);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 8_000))]);
      expect(server.exitCode !== null || server.signalCode !== null, "the server still runs 8 s after the signal").toBe(true);
      expect(Date.now() - stopping).toBeLessThan(8_000);
      await reader.cancel().catch(() => undefined);
    } finally {
      if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
