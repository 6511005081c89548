// Several processes may start on a new SQLite file at once (two CLI commands, the CLI beside the server):
// the schema engine has no lock of its own there, and two of them applying migrations together fail.
// A lock directory beside the file (mkdir is atomic) lets one migrate while the others wait.
import { mkdirSync, rmSync, statSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

const WAIT_MS = 120_000;
// A lock older than this was left by a process that died while migrating.
const STALE_MS = 120_000;

/** Takes the migration lock of a SQLite file; resolves to the function that frees it. */
export async function takeSqliteMigrationLock(file) {
  const lock = `${file}.migrating`;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    if (isStale(lock)) rmSync(lock, { recursive: true, force: true });
    else if (Date.now() > deadline) throw new Error(`Another process has been migrating ${file} for too long (${lock}): remove that folder if no process is running.`);
    else await sleep(100 + Math.random() * 100);
  }
}

function isStale(lock) {
  try {
    return Date.now() - statSync(lock).mtimeMs > STALE_MS;
  } catch {
    return false;
  }
}
