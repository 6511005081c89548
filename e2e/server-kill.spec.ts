// The short kill test of `npm run soak` (bench/soak/kill.ts): the production server killed with
// SIGKILL twice while two writers save through the editor's saver and server action; nothing may be
// lost or applied twice, and the SQLite file must stay sound. No browser: the writers speak HTTP.
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { runFolder } from "../bench/soak/fresh-database";
import { runKillTest } from "../bench/soak/kill";
import { parseSoakOptions } from "../bench/soak/options";
import { seededRandom } from "@/lib/core/testing/seeded-random";
import { openSession } from "../bench/soak/session";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Beside the suite's own server, on the next port.
const PORT = (Number(process.env.E2E_PORT) || 3210) + 1;

test.skip(Boolean(process.env.E2E_DATABASE_URL), "runs once, in the SQLite pass: it uses a SQLite file of its own");

test("a server killed twice during saves loses no edit and applies none twice", async () => {
  test.setTimeout(180_000);
  const folder = runFolder("e2e-kill");
  const options = { ...parseSoakOptions(["--kill-only", "--kills", "2", "--writers", "2"]), port: PORT };
  const seed = 20261202;
  const session = await openSession({ root, databaseUrl: `file:${path.join(folder, "soak.db")}`, folder, port: PORT });
  try {
    const outcome = await runKillTest(session, options, seed, seededRandom(seed));
    expect(outcome.passed, outcome.lines.join("\n")).toBe(true);
  } finally {
    await session.server.stop();
    await session.reader.close();
  }
  rmSync(folder, { recursive: true, force: true });
});
