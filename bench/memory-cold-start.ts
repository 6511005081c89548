// A server's start as far as the translation memory goes, in a new process (run by memory-load.bench.ts):
// the index loaded from the file the last run saved, or built from every memory row when `fresh` deletes
// that file first. Prints the time until the index answers, and the CPU time, as JSON.
import { rmSync } from "node:fs";
import { memoryIndexIdle, withMemoryIndex } from "@/lib/server/memory-cache";
import { keepMemoryIndexInFile, savedMemoryFile, SERVER_SAVE_INTERVAL_MS } from "@/lib/server/saved-memory";

const fresh = process.argv[2] === "fresh";
const file = savedMemoryFile(process.env.DATABASE_URL ?? "", process.cwd());
if (fresh && file) rmSync(file, { force: true });
const start = performance.now();
const cpu = process.cpuUsage();
await keepMemoryIndexInFile({ root: process.cwd(), minIntervalMs: SERVER_SAVE_INTERVAL_MS });
await withMemoryIndex(() => undefined);
const used = process.cpuUsage(cpu);
const ms = performance.now() - start;
await memoryIndexIdle();
process.stdout.write(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000 }));
process.exit(0);
