// The production server as `npm start` runs it (scripts/start.mjs: build check, database set-up,
// `next start`), in its own process group so that a SIGKILL takes Next down with it.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync } from "node:fs";

export type Server = {
  baseUrl: string;
  /** SIGKILL to the whole group, as a crash or `kill -9` would. */
  kill(): Promise<void>;
  /** SIGTERM, as Ctrl+C would; waits for the exit. */
  stop(): Promise<void>;
  /** Starts it again (after a kill) and waits until it answers. */
  restart(): Promise<void>;
};

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`soak: the server exited with code ${child.exitCode} (see its log)`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(5_000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`soak: no server at ${url} after ${timeoutMs / 1000} s`);
}

const running = new Set<ChildProcess>();

/** SIGTERM to every server still running (an interrupted run must not leave one behind). */
export function stopAllServers(): void {
  for (const child of running) if (child.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, "SIGTERM");
}

/** Starts the server on 127.0.0.1:port with databaseUrl; its output goes to logFile. */
export async function startServer({ root, port, databaseUrl, logFile }: { root: string; port: number; databaseUrl: string; logFile: string }): Promise<Server> {
  const baseUrl = `http://127.0.0.1:${port}`;
  let child: ChildProcess;
  const signal = async (name: NodeJS.Signals) => {
    if (child.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, name);
    await exited(child);
  };
  const launch = async () => {
    const log = openSync(logFile, "a");
    const started = spawn(process.execPath, ["scripts/start.mjs"], {
      cwd: root,
      env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", log, log],
      detached: true,
    });
    closeSync(log);
    child = started;
    running.add(started);
    started.once("exit", () => running.delete(started));
    try {
      await waitUntilReady(`${baseUrl}/`, child, 240_000);
    } catch (error) {
      await signal("SIGKILL");
      throw error;
    }
  };
  await launch();
  return { baseUrl, kill: () => signal("SIGKILL"), stop: () => signal("SIGTERM"), restart: launch };
}
