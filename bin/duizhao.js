#!/usr/bin/env node
// Runs the CLI: compiled (dist/cli, built at `npm install` by scripts/build-cli.mjs) when that build
// is newer than every source it was built from, otherwise bin/duizhao.ts through tsx with the
// react-server condition (lib/server imports "server-only"). File arguments stay relative to the
// user's working directory either way.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
process.env.DUIZHAO_PROJECT_ROOT = projectRoot;

const compiled = path.join(projectRoot, "dist", "cli");
if (isBuildCurrent()) await import(path.join(compiled, "duizhao.mjs"));
else runFromSource();

/** The build is current when no source file (TypeScript, messages, config) changed after it was made. */
function isBuildCurrent() {
  let builtAt;
  try {
    builtAt = Number(readFileSync(path.join(compiled, "built-at"), "utf8"));
  } catch {
    return false;
  }
  const sources = ["bin", "lib", "messages"].flatMap((folder) =>
    readdirSync(path.join(projectRoot, folder), { recursive: true }).map((file) => path.join(folder, String(file))),
  );
  return [...sources, "package.json", "tsconfig.json"].every((file) => !/\.(ts|json)$/.test(file) || statSync(path.join(projectRoot, file)).mtimeMs <= builtAt);
}

function runFromSource() {
  const tsx = import.meta.resolve("tsx");
  const main = fileURLToPath(new URL("duizhao.ts", import.meta.url));
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", tsx, main, ...process.argv.slice(2)], {
    stdio: "inherit",
    // tsx reads tsconfig.json (for the "@/…" paths) from the working directory unless told otherwise.
    env: { ...process.env, TSX_TSCONFIG_PATH: `${projectRoot}tsconfig.json` },
  });
  const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
  const forward = (signal) => child.kill(signal);
  for (const signal of SIGNALS) process.on(signal, forward);
  child.on("exit", (code, signal) => {
    for (const s of SIGNALS) process.off(s, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
}
