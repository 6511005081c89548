import "server-only";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { loadMatchKey } from "@/lib/core/convert/match-key";
import { memoryUnitsOf } from "@/lib/core/memory/memory-units-of";
import { DEFAULT_DATABASE_URL } from "./db";
import { persistMemoryIndex, type MemoryPersistence, type SavedMemoryState } from "./memory-cache";
import { sqlitePath } from "./sqlite-file";

// The translation memory index between processes (issue 20): `duizhao search` and `analyze` used to
// build it from every memory row at each run (58 s at 100,000 paragraphs before this issue, 3–5 s
// after), and so did every server start. The index is saved with the change stamps it was built from (documents' and paragraphs'
// updatedAt, imported memories' ids and creation times), written with v8.serialize next to the SQLite
// file (or in data/ for PostgreSQL). A later run loads it and refreshes it like the server's in-memory
// index: only documents whose stamp moved are read again. A file that cannot be read, from another
// format or from code that splits or keys texts differently is ignored and rebuilt; one that cannot be
// written only costs the next run a build.

/** Bump when SavedMemoryState or what it holds changes shape. */
const FORMAT = 2;

/** What the memory code makes of a few texts: an index saved by code that splits or keys them otherwise is not used. */
async function codeStamp(): Promise<string> {
  const matchKey = await loadMatchKey();
  const probes = [
    ["隨州市發佈第１批名單。代表們討論了預算！", "Suizhou published the first list. The delegates discussed the budget!"],
    ["“执法委”全员 战疫（第二期）……", "Mr. Li said: “All hands.” No. 5 follows…"],
  ];
  const made = probes.map(([source, target]) =>
    memoryUnitsOf({ group: "g", source, target, origin: { kind: "tmx", memoryId: 1, memoryName: "" } }).map((unit) => [unit.id, unit.source, unit.target, matchKey.compact(unit.source)]),
  );
  return createHash("sha256").update(JSON.stringify([FORMAT, made])).digest("hex");
}

/** The file that keeps the index of a database: beside a SQLite file, in the project's data/ for a server database. */
export function savedMemoryFile(databaseUrl: string, projectRoot: string): string | null {
  if (databaseUrl.startsWith("file:")) {
    const file = sqlitePath(databaseUrl);
    return file === ":memory:" || file === "" ? null : `${file}.memory-index`;
  }
  const id = createHash("sha256").update(databaseUrl).digest("hex").slice(0, 16);
  return path.join(projectRoot, "data", `memory-index-${id}.bin`);
}

/** Keeps the state in `file` (v8.serialize); never fails a command: a bad file is rebuilt, a failed write skipped. */
export async function fileMemoryPersistence(file: string, options: { minIntervalMs?: number } = {}): Promise<MemoryPersistence> {
  const stamp = await codeStamp();
  return {
    ...options,
    load() {
      try {
        const saved = deserialize(readFileSync(file)) as { stamp?: string; state?: SavedMemoryState };
        return saved.stamp === stamp && saved.state ? saved.state : null;
      } catch {
        return null;
      }
    },
    save(state) {
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(temporary, serialize({ stamp, state }));
        renameSync(temporary, file);
      } catch {
        rmSync(temporary, { force: true });
      }
    },
  };
}

/** The server keeps its index too, so that a restart reads it instead of building it; saved at most this often while it changes. */
export const SERVER_SAVE_INTERVAL_MS = 15 * 60_000;

/** Makes this process load the index saved for its database (and save it when it changed). Call before the first memory lookup. */
export async function keepMemoryIndexInFile(options: { root: string; minIntervalMs?: number }): Promise<void> {
  const file = savedMemoryFile(process.env.DATABASE_URL || DEFAULT_DATABASE_URL, options.root);
  if (file) persistMemoryIndex(await fileMemoryPersistence(file, { minIntervalMs: options.minIntervalMs }));
}
