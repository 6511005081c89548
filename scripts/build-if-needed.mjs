// Runs `next build` when there is no production build yet or a source file changed since the last one,
// so `npm start` and the end-to-end tests always serve the current code without rebuilding every time.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Folders whose files end up in the build. */
const SOURCE_DIRS = ["app", "components", "lib", "i18n", "messages", "public"];
/** Single files that change the build; missing ones are skipped. */
const SOURCE_FILES = [
  "next.config.js", "next.config.mjs", "next.config.ts", "postcss.config.mjs", "postcss.config.js",
  "proxy.ts", "instrumentation.ts", "package.json", "package-lock.json", "tsconfig.json",
  // The generated client (lib/server/generated) is rewritten by every install, so it is skipped;
  // the schema it comes from stands for it.
  "prisma/schema.prisma",
];
const SKIPPED_DIRS = new Set(["lib/server/generated", "node_modules", "__fixtures__"]);
const isTestFile = (name) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(name);

/** The newest source file below dir (relative to base), as { file, mtimeMs }, or null. */
function newestIn(base, dir) {
  let newest = null;
  const visit = (rel) => {
    for (const entry of readdirSync(path.join(base, rel), { withFileTypes: true })) {
      const child = path.posix.join(rel, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(child) && !SKIPPED_DIRS.has(entry.name)) visit(child);
      } else if (entry.isFile() && !isTestFile(entry.name)) {
        const { mtimeMs } = statSync(path.join(base, child));
        if (!newest || mtimeMs > newest.mtimeMs) newest = { file: child, mtimeMs };
      }
    }
  };
  if (existsSync(path.join(base, dir))) visit(dir);
  return newest;
}

/**
 * Why a build is needed, or null when .next is up to date with every source file.
 * @param {string} [base] the project folder (default: this repository)
 */
export function buildReason(base = root) {
  const buildId = path.join(base, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return "no production build yet (.next/BUILD_ID is missing)";
  const builtAt = statSync(buildId).mtimeMs;
  const candidates = [
    ...SOURCE_DIRS.map((dir) => newestIn(base, dir)),
    ...SOURCE_FILES.filter((file) => existsSync(path.join(base, file))).map((file) => ({
      file,
      mtimeMs: statSync(path.join(base, file)).mtimeMs,
    })),
  ];
  const changed = candidates.filter((c) => c && c.mtimeMs > builtAt).sort((a, b) => b.mtimeMs - a.mtimeMs);
  return changed.length > 0 ? `${changed[0].file} changed since the last build` : null;
}

/** The path of Next's command-line entry (what node_modules/.bin/next links to). */
export function nextBin() {
  return createRequire(path.join(root, "package.json")).resolve("next/dist/bin/next");
}

/** Builds when needed; resolves when done, rejects when `next build` fails. */
export async function buildIfNeeded({ force = false } = {}) {
  const reason = force ? "a build was asked for" : buildReason();
  if (!reason) {
    console.log("build-if-needed: .next is up to date");
    return;
  }
  console.log(`build-if-needed: building the app, ${reason}. This takes half a minute to a few minutes, once per change of the sources.`);
  const started = Date.now();
  const child = spawn(process.execPath, [nextBin(), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const code = await new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
  if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
  console.log(`build-if-needed: built in ${Math.round((Date.now() - started) / 1000)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await buildIfNeeded({ force: process.argv.includes("--force") });
  } catch (error) {
    console.error(`build-if-needed: ${error.message}`);
    process.exit(1);
  }
}
