// How long the CLI takes to start and answer (issue 20: `duizhao --help` under 300 ms), against
// starting Node itself. Run as a user runs it: node bin/duizhao.js, compiled when dist/cli is current.
import { spawnSync } from "node:child_process";
import type { Benchmark } from "./benchmark";

const NODE_REFERENCE = "reference: start Node (node -e 0)";

function timedRun(args: string[]): number {
  const start = performance.now();
  const { status, stderr } = spawnSync(process.execPath, args, { env: process.env, encoding: "utf8" });
  if (status !== 0) throw new Error(`bench: node ${args.join(" ")} failed: ${stderr}`);
  return performance.now() - start;
}

export const benchmarks: Benchmark[] = [
  { name: NODE_REFERENCE, size: "1 process", run: () => timedRun(["-e", "0"]), runs: 10, warmup: 1 },
  {
    name: "CLI: duizhao --help",
    size: "1 process",
    measure: async () => Array.from({ length: 10 }, () => timedRun(["bin/duizhao.js", "--help"])),
    target: 300,
    reference: NODE_REFERENCE,
    isChecked: true,
  },
  {
    name: "CLI: duizhao list (database opened, migrations checked)",
    size: "1 process",
    measure: async () => Array.from({ length: 5 }, () => timedRun(["bin/duizhao.js", "list"])),
    reference: NODE_REFERENCE,
    isChecked: true,
  },
];
