// `npm run bench [-- filter]`: runs every benchmark of bench/*.bench.ts in one process and prints one
// table. The process works on a throw-away SQLite database, never on DATABASE_URL's.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Benchmark } from "./benchmark";

type Result = { benchmark: Benchmark; runs: number; median: number; p95: number; p99: number };

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, "..");
const filter = process.argv[2]?.toLowerCase();

// lib/server/db.ts reads DATABASE_URL when first imported, so the database exists before any bench file loads.
function useThrowAwayDatabase(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "duizhao-bench-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
  execFileSync(process.execPath, ["scripts/migrate.mjs", "deploy"], { cwd: root, env: process.env, stdio: "pipe" });
  return dir;
}

async function loadBenchmarks(): Promise<Benchmark[]> {
  const files = readdirSync(benchDir).filter((file) => file.endsWith(".bench.ts")).sort();
  const all: Benchmark[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(path.join(benchDir, file)).href)) as { benchmarks?: Benchmark[] };
    all.push(...(module.benchmarks ?? []));
  }
  if (!filter) return all;
  // A chosen benchmark keeps its reference, or its ratio could not be computed.
  const chosen = all.filter((benchmark) => benchmark.name.toLowerCase().includes(filter));
  const references = new Set(chosen.map((benchmark) => benchmark.reference));
  return all.filter((benchmark) => chosen.includes(benchmark) || references.has(benchmark.name));
}

/** The value below which a share p of the sorted samples fall (nearest rank). */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

async function timeRuns(benchmark: Benchmark): Promise<number[]> {
  const { runs = 30, warmup = 3 } = benchmark;
  for (let i = 0; i < warmup; i++) await benchmark.run?.();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await benchmark.run?.();
    samples.push(performance.now() - start);
  }
  return samples;
}

async function measure(benchmark: Benchmark): Promise<Result> {
  const samples = benchmark.measure ? await benchmark.measure() : await timeRuns(benchmark);
  if (samples.length === 0) throw new Error(`bench: ${benchmark.name} returned no samples`);
  samples.sort((a, b) => a - b);
  const runs = samples.length;
  const middle = Math.floor(runs / 2);
  const median = runs % 2 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2;
  return { benchmark, runs, median, p95: percentile(samples, 0.95), p99: percentile(samples, 0.99) };
}

function figure(value: number, unit: Benchmark["unit"] = "ms"): string {
  const digits = value < 10 ? 3 : value < 100 ? 2 : 1;
  return `${value.toFixed(unit === "MB" ? 1 : digits)} ${unit}`;
}

function ratio(result: Result, results: Result[]): string {
  const reference = results.find((other) => other.benchmark.name === result.benchmark.reference);
  return reference ? `${(result.median / reference.median).toFixed(1)}× ${reference.benchmark.name}` : "";
}

function printTable(results: Result[]): void {
  const header = ["name", "size", "runs", "median", "p95", "p99", "ratio (median)"];
  const rows = results.map((r) => [
    r.benchmark.name,
    r.benchmark.size,
    String(r.runs),
    figure(r.median, r.benchmark.unit),
    figure(r.p95, r.benchmark.unit),
    figure(r.p99, r.benchmark.unit),
    ratio(r, results),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const numeric = new Set([2, 3, 4, 5]);
  const line = (cells: string[]) =>
    cells.map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join("  ").trimEnd();
  console.log([line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n"));
}

const dir = useThrowAwayDatabase();
// Bench files register what they started (a server, a browser) to be stopped at the end.
const cleanups: (() => Promise<void> | void)[] = [];
(globalThis as { duizhaoBenchCleanups?: typeof cleanups }).duizhaoBenchCleanups = cleanups;
try {
  const benchmarks = await loadBenchmarks();
  const results: Result[] = [];
  for (const benchmark of benchmarks) {
    process.stderr.write(`bench: ${benchmark.name}…\n`);
    results.push(await measure(benchmark));
  }
  console.log(`\nNode ${process.version}, ${process.platform}/${process.arch}\n`);
  printTable(results);
} finally {
  await Promise.all(cleanups.map((cleanup) => cleanup()));
  rmSync(dir, { recursive: true, force: true });
}
// Open database handles (Prisma's, the raw reference's) would keep the process alive.
process.exit(0);
