// The parts of `npm run bench` and `npm run bench:check`: load the benchmarks of bench/*.bench.ts,
// time them, compute ratios against their references, print one table.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Benchmark } from "./benchmark";

export type Result = { benchmark: Benchmark; runs: number; median: number; p95: number; p99: number };

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, "..");

/**
 * Runs `work` on a throw-away SQLite database (never DATABASE_URL's), with the cleanups bench files
 * register (a server, a browser) run at the end. lib/server/db.ts reads DATABASE_URL when first
 * imported, so the database exists before any bench file loads.
 */
export async function withBenchDatabase<T>(work: () => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), "duizhao-bench-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
  execFileSync(process.execPath, ["scripts/migrate.mjs", "deploy"], { cwd: root, env: process.env, stdio: "pipe" });
  const cleanups: (() => Promise<void> | void)[] = [];
  (globalThis as { duizhaoBenchCleanups?: typeof cleanups }).duizhaoBenchCleanups = cleanups;
  try {
    return await work();
  } finally {
    await Promise.all(cleanups.map((cleanup) => cleanup()));
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The benchmarks `choose` picks, each with its reference (or its ratio could not be computed), in file order. */
export async function loadBenchmarks(choose: (benchmark: Benchmark) => boolean = () => true): Promise<Benchmark[]> {
  const files = readdirSync(benchDir).filter((file) => file.endsWith(".bench.ts")).sort();
  const all: Benchmark[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(path.join(benchDir, file)).href)) as { benchmarks?: Benchmark[] };
    all.push(...(module.benchmarks ?? []));
  }
  const chosen = all.filter(choose);
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

export async function measure(benchmark: Benchmark): Promise<Result> {
  process.stderr.write(`bench: ${benchmark.name}…\n`);
  const samples = benchmark.measure ? await benchmark.measure() : await timeRuns(benchmark);
  if (samples.length === 0) throw new Error(`bench: ${benchmark.name} returned no samples`);
  samples.sort((a, b) => a - b);
  const runs = samples.length;
  const middle = Math.floor(runs / 2);
  const median = runs % 2 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2;
  return { benchmark, runs, median, p95: percentile(samples, 0.95), p99: percentile(samples, 0.99) };
}

/** A result's median over its reference's, or null without a reference. */
export function ratioOf(result: Result, results: readonly Result[]): number | null {
  const reference = results.find((other) => other.benchmark.name === result.benchmark.reference);
  return reference ? result.median / reference.median : null;
}

export function figure(value: number, unit: Benchmark["unit"] = "ms"): string {
  const digits = value < 10 ? 3 : value < 100 ? 2 : 1;
  return `${value.toFixed(unit === "MB" ? 1 : digits)} ${unit}`;
}

/** A table with right-aligned numeric columns. */
export function formatTable(header: string[], rows: string[][], numeric: ReadonlySet<number>): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** "✓ < 300 ms" or "✗ < 300 ms" against the benchmark's target; "" without one. */
export function targetCell({ benchmark, median }: Result): string {
  if (benchmark.target === undefined) return "";
  return `${median <= benchmark.target ? "✓" : "✗"} < ${figure(benchmark.target, benchmark.unit)}`;
}

export function printResults(results: readonly Result[]): void {
  const header = ["name", "size", "runs", "median", "p95", "p99", "target", "ratio (median)"];
  const rows = results.map((r) => {
    const ratio = ratioOf(r, results);
    return [
      r.benchmark.name,
      r.benchmark.size,
      String(r.runs),
      figure(r.median, r.benchmark.unit),
      figure(r.p95, r.benchmark.unit),
      figure(r.p99, r.benchmark.unit),
      targetCell(r),
      ratio === null ? "" : `${ratio.toFixed(2)}× ${r.benchmark.reference}`,
    ];
  });
  console.log(`\nNode ${process.version}, ${process.platform}/${process.arch}\n`);
  console.log(formatTable(header, rows, new Set([2, 3, 4, 5])));
}
