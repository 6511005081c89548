// Shared by start.mjs (`npm start`) and dev.mjs (`npm run dev`): the listen address, the database
// set-up step and running Next in the foreground with signals and the exit code passed through.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { hostname, constants } from "node:os";
import path from "node:path";
import { nextBin, root } from "./build-if-needed.mjs";

/**
 * Where the server listens: HOSTNAME (default 127.0.0.1, a local tool does not listen on every
 * interface unless asked) and PORT (default 3000). Shells and containers often export HOSTNAME as the
 * machine's own name; that value is not a request to listen there, so it is ignored.
 */
export function listenAddress() {
  const fromEnv = process.env.HOSTNAME?.trim();
  const host = fromEnv && fromEnv !== hostname() ? fromEnv : "127.0.0.1";
  const port = process.env.PORT?.trim() || "3000";
  return { host, port };
}

/** Runs a command in the foreground; SIGINT/SIGTERM go to it; resolves with its exit code. */
export function runForeground(command, args, options = {}) {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", ...options });
  const forward = (signal) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? 128 + (constants.signals[signal] ?? 1));
    });
  });
}

/**
 * Prepares the database named by DATABASE_URL: the CLI's `setup` applies migrations and imports the
 * demo document on a fresh database. Resolves with the exit code (0 when ready).
 */
export async function runSetup() {
  const cli = path.join(root, "bin", "duizhao.js");
  if (existsSync(cli)) return runForeground(process.execPath, [cli, "setup"]);
  // Only while the CLI does not exist yet: migrations without the demo document.
  console.warn("setup: bin/duizhao.js not found; applying migrations only (no demo document)");
  return runForeground(process.execPath, [path.join(root, "scripts", "migrate.mjs"), "deploy"]);
}

/** Runs `next <command>` on the listen address; resolves with its exit code. */
export function runNext(command) {
  const { host, port } = listenAddress();
  // HOSTNAME is set to the address really listened on: proxy.ts allows it as a Host name.
  const env = { ...process.env, HOSTNAME: host, PORT: port, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1" };
  return runForeground(process.execPath, [nextBin(), command, "-H", host, "-p", port], { env });
}
