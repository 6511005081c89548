// `npm run bench [-- filter]`: runs every benchmark of bench/*.bench.ts (or those whose name has the
// filter, with their references) in one process and prints one table: medians, targets, ratios.
import { loadBenchmarks, measure, printResults, withBenchDatabase, type Result } from "./runner";

const filter = process.argv[2]?.toLowerCase();

await withBenchDatabase(async () => {
  const benchmarks = await loadBenchmarks((benchmark) => !filter || benchmark.name.toLowerCase().includes(filter));
  const results: Result[] = [];
  for (const benchmark of benchmarks) results.push(await measure(benchmark));
  printResults(results);
});
// Open database handles (Prisma's, the raw reference's) would keep the process alive.
process.exit(0);
