#!/usr/bin/env node
// Runs bin/duizhao.ts through tsx with the react-server condition (lib/server imports "server-only"),
// from wherever the user is: file arguments stay relative to their working directory.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const tsx = import.meta.resolve("tsx");
const main = fileURLToPath(new URL("duizhao.ts", import.meta.url));

const child = spawn(
  process.execPath,
  ["--conditions=react-server", "--import", tsx, main, ...process.argv.slice(2)],
  {
    stdio: "inherit",
    // tsx reads tsconfig.json (for the "@/…" paths) from the working directory unless told otherwise.
    env: { ...process.env, TSX_TSCONFIG_PATH: `${projectRoot}tsconfig.json` },
  },
);

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
const forward = (signal) => child.kill(signal);
for (const signal of SIGNALS) process.on(signal, forward);

child.on("exit", (code, signal) => {
  for (const s of SIGNALS) process.off(s, forward);
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
