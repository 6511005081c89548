// `npm run bench:check [-- --update]` (CI): runs the quick benchmarks marked `isChecked` with their
// references and fails when a ratio (median over its reference's median, measured in the same run, so
// a slower machine does not hide a regression) is more than 25 % above its baseline in
// bench/baselines.json. A ratio over the line is measured again (twice at most) before it fails: a
// regression stays, a neighbour's burst of work does not. `--update` stores today's ratios.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatTable, loadBenchmarks, measure, ratioOf, withBenchDatabase, type Result } from "./runner";

const TOLERANCE = 1.25;
const RETRIES = 2;
const baselinesFile = path.join(path.dirname(fileURLToPath(import.meta.url)), "baselines.json");
const isUpdate = process.argv.includes("--update");

function readBaselines(): Record<string, number> {
  try {
    return JSON.parse(readFileSync(baselinesFile, "utf8")) as Record<string, number>;
  } catch {
    return {};
  }
}

let hasFailed = false;
await withBenchDatabase(async () => {
  const baselines = readBaselines();
  const benchmarks = await loadBenchmarks((benchmark) => benchmark.isChecked === true);
  const results: Result[] = [];
  for (const benchmark of benchmarks) results.push(await measure(benchmark));
  const ratios = new Map<string, number>();
  for (const result of results.filter((r) => r.benchmark.isChecked)) {
    let ratio = ratioOf(result, results);
    if (ratio === null) throw new Error(`bench:check: "${result.benchmark.name}" has no reference`);
    const baseline = baselines[result.benchmark.name];
    for (let retry = 0; !isUpdate && baseline !== undefined && ratio > baseline * TOLERANCE && retry < RETRIES; retry++) {
      const reference = results.find((r) => r.benchmark.name === result.benchmark.reference)!;
      const again = [await measure(reference.benchmark), await measure(result.benchmark)];
      ratio = Math.min(ratio, ratioOf(again[1], again)!);
    }
    ratios.set(result.benchmark.name, ratio);
  }

  const rows = [...ratios].map(([name, ratio]) => {
    const baseline = baselines[name];
    const verdict = baseline === undefined ? "new: no baseline" : ratio > baseline * TOLERANCE ? "REGRESSED" : "ok";
    if (verdict === "REGRESSED") hasFailed = true;
    const change = baseline === undefined ? "" : `${ratio >= baseline ? "+" : ""}${Math.round((ratio / baseline - 1) * 100)} %`;
    return [name, `${ratio.toFixed(2)}×`, baseline === undefined ? "" : `${baseline.toFixed(2)}×`, change, verdict];
  });
  console.log(`\nNode ${process.version}, ${process.platform}/${process.arch}: ratios to each benchmark's reference, baseline +${Math.round((TOLERANCE - 1) * 100)} % allowed\n`);
  console.log(formatTable(["name", "ratio", "baseline", "change", "verdict"], rows, new Set([1, 2, 3])));
  if (isUpdate) {
    const updated = Object.fromEntries([...ratios].map(([name, ratio]) => [name, Number(ratio.toFixed(3))]));
    writeFileSync(baselinesFile, `${JSON.stringify(updated, null, 2)}\n`);
    console.log(`\nbaselines written to ${path.relative(process.cwd(), baselinesFile)}`);
    hasFailed = false;
  }
});
process.exit(hasFailed ? 1 : 0);
