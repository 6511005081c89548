// `npm run bench:check [-- --update]` (CI): runs the quick benchmarks marked `isChecked` with their
// references and fails when a ratio (median over its reference's median, measured in the same run, so
// a slower machine does not hide a regression) is more than 25 % above its baseline in
// bench/baselines.json. A ratio over the line is measured again, twice at most, each time in a new
// process: a process's compiled code and heap layout can keep one benchmark slow for its whole life
// (the same export measured 21× and 44× its reference in two processes on one quiet machine), and a
// neighbour's burst of work passes; a regression stays. `--update` stores today's ratios.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatTable, loadBenchmarks, measure, ratioOf, withBenchDatabase, type Result } from "./runner";

const TOLERANCE = 1.25;
const RETRIES = 2;
/** A child's answer: the line after this mark is `{ name: ratio }` as JSON. */
const RATIOS_MARK = "bench:check ratios:";
const thisFile = fileURLToPath(import.meta.url);
const baselinesFile = path.join(path.dirname(thisFile), "baselines.json");
const isUpdate = process.argv.includes("--update");
/** `--only NAME` (repeatable): measure these checked benchmarks and print their ratios, for a retry. */
const only = process.argv.flatMap((arg, i) => (process.argv[i - 1] === "--only" ? [arg] : []));
const isChild = only.length > 0;

function readBaselines(): Record<string, number> {
  try {
    return JSON.parse(readFileSync(baselinesFile, "utf8")) as Record<string, number>;
  } catch {
    return {};
  }
}

async function measureRatios(isWanted: (name: string) => boolean): Promise<Map<string, number>> {
  const benchmarks = await loadBenchmarks((benchmark) => benchmark.isChecked === true && isWanted(benchmark.name));
  const results: Result[] = [];
  for (const benchmark of benchmarks) results.push(await measure(benchmark));
  const ratios = new Map<string, number>();
  for (const result of results.filter((r) => r.benchmark.isChecked && isWanted(r.benchmark.name))) {
    const ratio = ratioOf(result, results);
    if (ratio === null) throw new Error(`bench:check: "${result.benchmark.name}" has no reference`);
    ratios.set(result.benchmark.name, ratio);
  }
  return ratios;
}

/** The ratios of `names` measured in a new process (same Node flags: tsx's loader, the conditions). */
function measureInNewProcess(names: string[]): Map<string, number> {
  const args = [...process.execArgv, thisFile, ...names.flatMap((name) => ["--only", name])];
  const child = spawnSync(process.execPath, args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], env: process.env });
  const lines = child.stdout.split("\n");
  const answer = lines[lines.indexOf(RATIOS_MARK) + 1];
  if (child.status !== 0 || !lines.includes(RATIOS_MARK)) throw new Error(`bench:check: the retry of ${names.join(", ")} failed (exit ${child.status})`);
  return new Map(Object.entries(JSON.parse(answer) as Record<string, number>));
}

if (isChild) {
  const ratios = await withBenchDatabase(() => measureRatios((name) => only.includes(name)));
  console.log(`${RATIOS_MARK}\n${JSON.stringify(Object.fromEntries(ratios))}`);
  process.exit(0);
}

const baselines = readBaselines();
// The retries start once this run's servers and databases are gone: the team bench's take fixed ports.
const ratios = await withBenchDatabase(() => measureRatios(() => true));
const isOver = (name: string) => baselines[name] !== undefined && ratios.get(name)! > baselines[name] * TOLERANCE;
for (let retry = 0; !isUpdate && retry < RETRIES; retry++) {
  const over = [...ratios.keys()].filter(isOver);
  if (over.length === 0) break;
  process.stderr.write(`bench:check: over the line, measured again in a new process: ${over.join("; ")}\n`);
  for (const [name, ratio] of measureInNewProcess(over)) ratios.set(name, Math.min(ratios.get(name)!, ratio));
}

const rows = [...ratios].map(([name, ratio]) => {
  const baseline = baselines[name];
  const verdict = baseline === undefined ? "new: no baseline" : isOver(name) ? "REGRESSED" : "ok";
  const change = baseline === undefined ? "" : `${ratio >= baseline ? "+" : ""}${Math.round((ratio / baseline - 1) * 100)} %`;
  return [name, `${ratio.toFixed(2)}×`, baseline === undefined ? "" : `${baseline.toFixed(2)}×`, change, verdict];
});
console.log(`\nNode ${process.version}, ${process.platform}/${process.arch}: ratios to each benchmark's reference, baseline +${Math.round((TOLERANCE - 1) * 100)} % allowed\n`);
console.log(formatTable(["name", "ratio", "baseline", "change", "verdict"], rows, new Set([1, 2, 3])));
if (isUpdate) {
  const updated = Object.fromEntries([...ratios].map(([name, ratio]) => [name, Number(ratio.toFixed(3))]));
  writeFileSync(baselinesFile, `${JSON.stringify(updated, null, 2)}\n`);
  console.log(`\nbaselines written to ${path.relative(process.cwd(), baselinesFile)}`);
}
process.exit(!isUpdate && rows.some((row) => row[4] === "REGRESSED") ? 1 : 0);
