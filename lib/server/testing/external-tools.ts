import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);

const isOnPath = (command: string) =>
  (process.env.PATH ?? "").split(delimiter).some((folder) => {
    try {
      accessSync(join(folder, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

/**
 * The commands of `commands` that are not installed. Interop tests skip when one is missing on a
 * developer's machine, but CI installs them (.ci/run), so with CI set a missing tool fails the run.
 */
export function missingTools(commands: string[]): string[] {
  const missing = commands.filter((command) => !isOnPath(command));
  if (missing.length > 0 && process.env.CI) throw new Error(`CI must install ${missing.join(", ")} (.ci/run): the interop tests need them`);
  return missing;
}

/** Runs an external tool and returns its standard output; a non-zero exit throws with its stderr. */
export async function runTool(command: string, args: string[], options: { cwd?: string; timeoutMs?: number } = {}): Promise<string> {
  const { stdout } = await exec(command, args, { cwd: options.cwd, timeout: options.timeoutMs ?? 60_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" } });
  return stdout;
}
