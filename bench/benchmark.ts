// What a bench file exports: `export const benchmarks: Benchmark[]`. bench/run.ts loads every
// bench/*.bench.ts, runs each benchmark `warmup` times untimed, then `runs` times timed; or, for a
// benchmark that measures itself, takes the samples it returns.

export type Benchmark = {
  name: string;
  /** The input size, as a reader would say it: "12 KB", "1 row". */
  size: string;
  /** Timed by the runner, `runs` times. */
  run?: () => unknown;
  /** Instead of `run`: the benchmark measures itself (in a browser, say) and returns its samples. */
  measure?: () => Promise<number[]>;
  /** Unit of the samples (default "ms"). */
  unit?: "ms" | "MB";
  /** Timed runs (default 30). */
  runs?: number;
  /** Untimed runs first, for the JIT and caches (default 3). */
  warmup?: number;
  /** Name of a benchmark in the same process: the ratio column is this median over that one's. */
  reference?: string;
  /** The median the product promises (issue targets), in `unit`: the table marks it met or missed. */
  target?: number;
  /**
   * Part of `npm run bench:check` (CI): quick enough to run there, and with a reference, so that its
   * ratio can be compared with the stored baseline (bench/baselines.json) on any machine.
   */
  isChecked?: boolean;
};

/** "12.2 KB", "5.0 MB" for a byte count (1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
