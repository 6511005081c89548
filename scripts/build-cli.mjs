// Compiles the CLI (bin/duizhao.ts and everything it imports from lib/) into one ES module,
// dist/cli/duizhao.mjs, so `duizhao` starts without compiling TypeScript at every run (tsx takes
// ~0.6 s). Runs at `npm install` (postinstall) and in under a second; bin/duizhao.js falls back to
// tsx whenever a source is newer than the build, so a stale build is never run.
// Packages stay in node_modules; "server-only" (which throws outside the react-server condition)
// is bundled as the empty module lib/server imports it for.
import { build } from "esbuild";
import { rmSync, writeFileSync } from "node:fs";

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  conditions: ["react-server"],
  tsconfig: "tsconfig.json",
  alias: { "server-only": "./lib/server/testing/empty-module.ts" },
  // Bundled CommonJS code (the generated Prisma client's helpers) may call require.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  logLevel: "warning",
  legalComments: "none",
};

const started = performance.now();
rmSync("dist/cli", { recursive: true, force: true });
await build({
  ...common,
  // lib/server/run-parse-task.ts starts "parse-worker-source.mjs" beside the running module: in the
  // build, that is the compiled worker.
  entryPoints: { duizhao: "bin/duizhao.ts", "parse-worker-source": "lib/server/parse-worker.ts" },
  outdir: "dist/cli",
  outExtension: { ".js": ".mjs" },
  // Commands load on demand (bin/duizhao.ts imports each inside its entry): one chunk each, so `--help` loads none.
  splitting: true,
  // Beside the entries: the chunk with run-parse-task.ts finds parse-worker-source.mjs next to it.
  chunkNames: "[name]-[hash]",
});
writeFileSync("dist/cli/built-at", String(Date.now()));
console.log(`CLI compiled into dist/cli in ${Math.round(performance.now() - started)} ms`);
