import { spawn } from "node:child_process";
import path from "node:path";

export type CliRun = { code: number; stdout: string; stderr: string; ms: number };

/** Runs `duizhao ARGS` (bin/duizhao.js) on databaseUrl; resolves with its exit code and output. */
export function runCli(root: string, databaseUrl: string, args: string[]): Promise<CliRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, "bin/duizhao.js"), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, ms: performance.now() - started }));
  });
}

/** runCli that throws unless the command succeeds. */
export async function runCliOrThrow(root: string, databaseUrl: string, args: string[]): Promise<string> {
  const run = await runCli(root, databaseUrl, args);
  if (run.code !== 0) throw new Error(`soak: duizhao ${args.join(" ")} failed (exit code ${run.code}):\n${run.stderr}`);
  return run.stdout;
}
