import { execFileSync } from "node:child_process";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { loadMatchKey } from "@/lib/core/convert/match-key";
import { MemoryIndex } from "@/lib/core/memory/memory-index";
import { memoryUnitsOf } from "@/lib/core/memory/memory-units-of";
import { prisma } from "@/lib/server/db";
import { findMemoryMatches } from "@/lib/server/memory";
import { resetMemoryIndex, withMemoryIndex } from "@/lib/server/memory-cache";
import { saveSegmentTarget } from "@/lib/server/segments";
import { openSqlite, sqlitePath } from "@/lib/server/sqlite-file";
import type { Benchmark } from "./benchmark";
import { syntheticChineseBytes } from "./synthetic-chinese";

// Loading the translation memory from the database (lib/server/memory-cache.ts). The database gets
// 10,000 translated paragraphs in one document, then 90,000 more in nine; at each size: a server's start
// in a new process, from the index file the last run saved and from nothing (read every memory row, split
// sentences, build the index); a rebuild in this long-running process; a lookup with its staleness check
// when nothing changed, and the first lookup after a save (the changed document is checked again).
const paragraphs = new TextDecoder()
  .decode(syntheticChineseBytes(3 * 1024 * 1024))
  .split("\n")
  .filter((line) => line.length > 8)
  .slice(0, 10_000);
const WORDS = "the city council said on monday that new parks and roads would open before the end of the year".split(" ");
const english = (i: number) => `${Array.from({ length: 12 }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(" ")} ${i}.`;

// global.gc without --expose-gc on the command line: the flag can still be set at run time.
setFlagsFromString("--expose-gc");
const gc = ((globalThis as { gc?: () => void }).gc ?? runInNewContext("gc")) as () => void;

// The reference: the same rows read by hand-written SQL, what no index can do without.
const REFERENCE = "memory load: reference, the memory rows by raw SQL (better-sqlite3)";
const readRawRows = openSqlite(sqlitePath(process.env.DATABASE_URL ?? "")).prepare(
  `SELECT "id", "position", "source", "target" FROM "Segment" WHERE "status" IN ('translated', 'reviewed') AND "target" <> ''`,
);

const coldCpu = new Map<number, number[]>();

/** A new process's start (bench/memory-cold-start.ts): the ms until its index answers; a fresh build's CPU time is kept in coldCpu. */
function coldStart(units: number, mode: "fresh" | "saved"): number {
  const output = execFileSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "bench/memory-cold-start.ts", mode], { env: process.env, encoding: "utf8" });
  const { ms, cpuMs } = JSON.parse(output) as { ms: number; cpuMs: number };
  if (mode === "fresh") coldCpu.set(units, [...(coldCpu.get(units) ?? []), cpuMs]);
  return ms;
}

type Probe = { documentId: number; segmentId: number; version: number };
let seeded = 0;
let probe: Probe | null = null;
let saves = 0;

async function seedTo(units: number): Promise<void> {
  while (seeded < units) {
    const document = await prisma.document.create({ data: { title: `Memory bench ${seeded}`, raw: "", encoding: "utf-8", script: "hans" }, select: { id: true } });
    const rows = paragraphs.map((source, position) => ({ documentId: document.id, position, source: `${source}${seeded + position}`, target: english(seeded + position), status: "translated" }));
    for (let i = 0; i < rows.length; i += 2_000) await prisma.segment.createMany({ data: rows.slice(i, i + 2_000) });
    seeded += rows.length;
    if (!probe) {
      const segment = await prisma.segment.findFirstOrThrow({ where: { documentId: document.id, position: 5 }, select: { id: true, version: true } });
      probe = { documentId: document.id, segmentId: segment.id, version: segment.version };
    }
  }
}

function timed(run: () => Promise<unknown>, runs: number): () => Promise<number[]> {
  return async () => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await run();
      samples.push(performance.now() - start);
    }
    return samples;
  };
}

async function saveProbe(): Promise<void> {
  const { segmentId, version } = probe!;
  const result = await saveSegmentTarget({ segmentId, baseVersion: version, target: `Changed ${++saves}.`, status: "translated", clientEditId: `bench-${saves}`, author: "bench" });
  if (result.kind === "saved") probe!.version = result.segment.version;
}

function sized(units: number): Benchmark[] {
  const size = `${units.toLocaleString("en")} ¶`;
  const seed = (run: () => Promise<unknown>, runs: number) => async () => {
    await seedTo(units);
    await withMemoryIndex(() => undefined);
    return timed(run, runs)();
  };
  const readRows = () =>
    prisma.segment.findMany({ where: { status: { in: ["translated", "reviewed"] }, NOT: { target: "" } }, select: { id: true, position: true, source: true, target: true } });
  const reference = `${REFERENCE} (${size})`;
  return [
    { name: reference, size, measure: async () => (await seedTo(units), timed(async () => readRawRows.all(), 3)()) },
    { name: "memory load: read the memory rows only (database)", size, measure: async () => (await seedTo(units), timed(readRows, 3)()), reference },
    {
      name: "memory load: units and index from rows only (no database)",
      size,
      measure: async () => {
        await seedTo(units);
        const rows = await readRows();
        const matchKey = await loadMatchKey();
        return timed(async () => {
          const index = new MemoryIndex(matchKey);
          for (const row of rows) {
            const group = `seg:${row.id}`;
            const origin = { kind: "document", documentId: 1, documentTitle: "", segmentId: row.id, position: row.position } as const;
            index.replaceGroup(group, memoryUnitsOf({ group, source: row.source, target: row.target, origin }));
          }
        }, 2)();
      },
    },
    {
      name: "memory load: server start, saved index + refresh (new process)",
      size,
      target: 5000,
      reference,
      measure: async () => {
        await seedTo(units);
        coldStart(units, "fresh");
        return Array.from({ length: 3 }, () => coldStart(units, "saved"));
      },
    },
    {
      name: "memory load: first build, nothing saved (new process)",
      size,
      target: 5000,
      reference,
      measure: async () => (await seedTo(units), Array.from({ length: 2 }, () => coldStart(units, "fresh"))),
    },
    // CPU time (GC threads included) tells less of a busy machine than wall time.
    { name: "memory load: first build, CPU time", size, measure: () => Promise.resolve(coldCpu.get(units) ?? []), reference },
    {
      name: "memory load: rebuild in this process (index forgotten)",
      size,
      reference,
      measure: async () => {
        await seedTo(units);
        return timed(async () => {
          resetMemoryIndex();
          await withMemoryIndex(() => undefined);
        }, 2)();
      },
    },
    {
      name: "memory load: heap after load",
      size,
      unit: "MB",
      measure: async () => {
        await seedTo(units);
        resetMemoryIndex();
        gc();
        const before = process.memoryUsage().heapUsed;
        await withMemoryIndex(() => undefined);
        gc();
        return [(process.memoryUsage().heapUsed - before) / 1024 / 1024];
      },
    },
    { name: "memory load: lookup incl. staleness check, nothing changed", size, measure: seed(() => findMemoryMatches({ documentId: probe!.documentId, segmentId: probe!.segmentId + 1 }), 30) },
    {
      name: "memory load: first lookup after a save (refresh one document)",
      size,
      measure: async () => {
        await seedTo(units);
        await withMemoryIndex(() => undefined);
        const samples: number[] = [];
        for (let i = 0; i < 10; i++) {
          await saveProbe();
          const start = performance.now();
          await findMemoryMatches({ documentId: probe!.documentId, segmentId: probe!.segmentId + 1 });
          samples.push(performance.now() - start);
        }
        return samples;
      },
    },
    { name: "memory load: staleness check alone", size, measure: seed(() => withMemoryIndex(() => undefined), 30) },
  ];
}

export const benchmarks: Benchmark[] = [...sized(10_000), ...sized(100_000)];
