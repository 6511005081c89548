import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type CliResult = { code: number | null; stdout: string; stderr: string };

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

/** Runs the real CLI (bin/duizhao.js) in a child process on a database. */
export function runCli(args: string[], { databaseUrl, cwd, env = {} }: { databaseUrl: string; cwd: string; env?: Record<string, string> }): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, "bin", "duizhao.js"), ...args], {
      cwd,
      env: { ...process.env, DATABASE_URL: databaseUrl, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
