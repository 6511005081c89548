// `npm run soak [-- options]`: the soak (writers through HTTP + a CLI import loop) and the kill test
// (SIGKILLs during saves) against the production server, on SQLite and PostgreSQL. Exit code 1 when
// any check fails. See options.ts for the options.
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildIfNeeded } from "../../scripts/build-if-needed.mjs";
import { freshDatabase, runFolder } from "./fresh-database";
import { runKillTest } from "./kill";
import { parseSoakOptions, SOAK_USAGE, type DatabaseKind, type SoakOptions } from "./options";
import { seededRandom } from "@/lib/core/testing/seeded-random";
import { openSession } from "./session";
import { stopAllServers } from "./server";
import { runSoak, type Outcome, type Scenario } from "./soak";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const NAMES: Record<DatabaseKind, string> = { sqlite: "SQLite", postgres: "PostgreSQL" };

async function runOn(kind: DatabaseKind, options: SoakOptions, seed: number): Promise<boolean> {
  const stages: { name: string; test: Scenario }[] = [
    ...(options.soak ? [{ name: "soak", test: runSoak }] : []),
    ...(options.kill ? [{ name: "kill test", test: runKillTest }] : []),
  ];
  let passed = true;
  for (const { name, test } of stages) {
    const folder = runFolder(`${kind}-${name.replace(" ", "-")}`);
    const database = freshDatabase(kind, root, folder);
    if (typeof database === "string") {
      console.log(`\n== ${name} on ${NAMES[kind]}\n${database}`);
      return true;
    }
    console.error(`soak: ${name} on ${NAMES[kind]} (${database.url}), files in ${folder}…`);
    let outcome: Outcome;
    stopDatabase = database.stop;
    try {
      const session = await openSession({ root, databaseUrl: database.url, folder, port: options.port });
      try {
        outcome = await test(session, options, seed, seededRandom(seed ^ 0x5eed));
      } finally {
        await session.server.stop();
        await session.reader.close();
      }
    } finally {
      stopDatabase = () => {};
      database.stop();
    }
    console.log(`\n== ${name} on ${NAMES[kind]}: ${outcome.passed ? "passed" : "FAILED"}\n${outcome.lines.join("\n")}`);
    if (outcome.passed) rmSync(folder, { recursive: true, force: true });
    else console.log(`files kept for a look: ${folder} (server.log, the database, the imported files)`);
    passed &&= outcome.passed;
  }
  return passed;
}

let stopDatabase = () => {};
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    stopAllServers();
    stopDatabase();
    process.exit(130);
  });
}

let options: SoakOptions;
try {
  options = parseSoakOptions(process.argv.slice(2));
} catch (error) {
  console.error(`soak: ${(error as Error).message}\n\n${SOAK_USAGE}`);
  process.exit(2);
}
const seed = Number(process.env.SOAK_SEED) || Date.now() % 1_000_000;
console.log(`soak: seed ${seed} (SOAK_SEED=${seed} repeats the writers' choices), Node ${process.version}`);
await buildIfNeeded();
let passed = true;
for (const kind of options.databases) passed = (await runOn(kind, options, seed)) && passed;
console.log(`\nsoak: ${passed ? "every check passed" : "SOME CHECKS FAILED"}`);
process.exit(passed ? 0 : 1);
