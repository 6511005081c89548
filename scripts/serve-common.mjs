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

function isLoopback(host) {
  const value = host.trim().toLowerCase();
  return value === "localhost" || value === "::1" || value === "[::1]" || /^127(\.\d{1,3}){3}$/.test(value);
}

/**
 * Why the server must not start, or null: listening on anything but loopback opens it to the network,
 * which team mode (accounts, every request signed in) must be asked for. Same rule as lib/core/team/team-mode.ts.
 * @param {{ host: string }} [address]
 */
export function teamModeRefusal({ host } = listenAddress()) {
  if (isLoopback(host) || process.env.DUIZHAO_TEAM?.trim() === "1") return null;
  return [
    `Refusing to listen on ${host}: that address is reachable from other machines, and local mode has no sign-in.`,
    "To share Duizhao with a team, turn on team mode (accounts and sign-in for every page):",
    `  DUIZHAO_TEAM=1 HOSTNAME=${host} npm start`,
    "then create the first owner: npx duizhao users add you@example.com --role owner",
    "To use it alone, listen on this machine only: leave HOSTNAME unset (127.0.0.1).",
  ].join("\n");
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
  // DUIZHAO_LISTEN_HOST tells the app the same (HOSTNAME may be overwritten): lib/server/auth/team-mode.ts.
  const env = { ...process.env, HOSTNAME: host, DUIZHAO_LISTEN_HOST: host, PORT: port, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1" };
  return runForeground(process.execPath, [nextBin(), command, "-H", host, "-p", port], { env });
}
