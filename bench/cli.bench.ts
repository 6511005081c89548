// How long the CLI takes to start and answer (issue 20: `duizhao --help` under 300 ms), against
// starting Node itself. Run as a user runs it: node bin/duizhao.js, compiled when dist/cli is current.
import { spawnSync } from "node:child_process";
import { pastedSource, prepareImport } from "@/lib/core/import/prepare-import";
import { createDocument } from "@/lib/server/documents";
import type { Benchmark } from "./benchmark";

// Measure the CLI as installed: compiled (npm install does it; after an edit bin/duizhao.js would run the sources).
spawnSync(process.execPath, ["scripts/build-cli.mjs"], { stdio: "ignore" });

const NODE_REFERENCE = "reference: start Node (node -e 0)";

function timedRun(args: string[]): number {
  const start = performance.now();
  const { status, stderr } = spawnSync(process.execPath, args, { env: process.env, encoding: "utf8" });
  if (status !== 0) throw new Error(`bench: node ${args.join(" ")} failed: ${stderr}`);
  return performance.now() - start;
}

let bigDocument: Promise<number> | undefined;
/** A 10,000-paragraph document in the bench database, made once. */
function documentOf10k(): Promise<number> {
  const text = Array.from({ length: 10_000 }, (_, i) => `第${i + 1}段：研发与测试，这是一个比较长的句子，用来模拟真实的网页段落内容。`).join("\n");
  bigDocument ??= createDocument(prepareImport(pastedSource(text), { title: "CLI bench", cleanup: null })).then(({ id }) => id);
  return bigDocument;
}

const exportRuns = async (format: string) => {
  const id = String(await documentOf10k());
  timedRun(["bin/duizhao.js", "export", id, "--format", format, "-o", "/dev/null"]);
  return Array.from({ length: 5 }, () => timedRun(["bin/duizhao.js", "export", id, "--format", format, "-o", "/dev/null"]));
};

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
  // Issue 20: the whole command under 800 ms for JSON, TMX within 300 ms more.
  { name: "CLI: duizhao export 10,000 ¶ --format json", size: "10,000 ¶", measure: () => exportRuns("json"), target: 800, reference: NODE_REFERENCE },
  { name: "CLI: duizhao export 10,000 ¶ --format tmx", size: "10,000 ¶", measure: () => exportRuns("tmx"), target: 1100, reference: NODE_REFERENCE },
];
