import { spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { MAX_BILINGUAL_BYTES, MAX_DOCX_UNPACKED_BYTES } from "@/lib/core/limits";
import { buildDocxBomb } from "@/lib/core/testing/docx-bomb";
import en from "@/messages/en.json";

// ZIP bombs and oversized files through the real CLI: one clear line, exit 1, no stack trace, and the
// process's peak resident memory (read from /proc while it runs) stays far below what unpacking costs.

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const workDir = mkdtempSync(path.join(tmpdir(), "duizhao-cli-limits-"));
const databaseUrl = `file:${path.join(workDir, "cli.db")}`;
const MAX_GROWTH_MB = 300;
const DOCX_REFUSAL = en.Errors.DOCX_TOO_LARGE.replaceAll("{limitMb}", String(MAX_DOCX_UNPACKED_BYTES / 1024 / 1024));
const TOO_LARGE = en.Errors.FILE_TOO_LARGE.replaceAll("{limitMb}", String(MAX_BILINGUAL_BYTES / 1024 / 1024));

type Run = { code: number | null; stdout: string; stderr: string; peakMb: number };

const peakOf = (pid: number, peak: number) => {
  try {
    return Math.max(peak, Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024);
  } catch {
    return peak; // exited
  }
};

/** Runs the CLI as bin/duizhao.js does (tsx, react-server), in this process's child, sampling its peak memory. */
function runCli(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(projectRoot, "bin", "duizhao.ts"), ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, TSX_TSCONFIG_PATH: path.join(projectRoot, "tsconfig.json") },
    });
    let stdout = "";
    let stderr = "";
    let peakMb = 0;
    const sampler = setInterval(() => (peakMb = peakOf(child.pid!, peakMb)), 25);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", () => (peakMb = peakOf(child.pid!, peakMb)));
    child.on("close", (code) => {
      clearInterval(sampler);
      resolve({ code, stdout, stderr, peakMb: Math.round(peakMb) });
    });
  });
}

function expectRefusal(run: Run, message: string): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe("");
  expect(run.stderr.trim()).toContain(message);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

const file = (name: string, content: Uint8Array | string) => {
  const at = path.join(workDir, name);
  writeFileSync(at, content);
  return at;
};

let baselineMb = 0;
let documentId = "";

beforeAll(async () => {
  const small = file("small.txt", "第一段。\n\n第二段。\n");
  const imported = await runCli(["import", small]);
  expect(imported.code).toBe(0);
  documentId = imported.stdout.trim();
  baselineMb = imported.peakMb;
}, 120_000);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("the CLI and hostile uploads", { timeout: 180_000 }, () => {
  test.each([
    ["111 KB → 32 MB", 32],
    ["1 MB → 300 MB", 300],
  ])("a .docx ZIP bomb (%s) is refused by import and clean within bounded memory", async (label, inflatedMb) => {
    const bomb = file(`bomb-${inflatedMb}.docx`, buildDocxBomb(inflatedMb));
    for (const command of ["import", "clean"]) {
      const run = await runCli([command, bomb]);
      console.log(`duizhao ${command} bomb (${label}): peak rss ${run.peakMb} MB (a small import: ${baselineMb} MB)`);
      expectRefusal(run, DOCX_REFUSAL);
      expect(run.peakMb - baselineMb).toBeLessThan(MAX_GROWTH_MB);
    }
  });

  test("memory import, glossary import and import --into refuse a ZIP bomb at once (it is not XML)", async () => {
    const bomb = buildDocxBomb(300);
    const runs = [
      await runCli(["memory", "import", file("bomb.tmx", bomb)]),
      await runCli(["glossary", "import", file("bomb.tbx", bomb)]),
      await runCli(["import", file("bomb.xlf", bomb), "--into", documentId]),
    ];
    for (const run of runs) {
      expectRefusal(run, en.Errors.MALFORMED_XML);
      expect(run.peakMb - baselineMb).toBeLessThan(MAX_GROWTH_MB);
    }
  });

  test("an XLIFF, TMX or TBX file one byte over the limit is refused as too large", async () => {
    const huge = path.join(workDir, "huge.xlf");
    const fd = openSync(huge, "w");
    const piece = Buffer.alloc(1024 * 1024, " ");
    for (let i = 0; i < MAX_BILINGUAL_BYTES / piece.length; i++) writeSync(fd, piece);
    writeSync(fd, " ");
    closeSync(fd);
    expectRefusal(await runCli(["import", huge, "--into", documentId]), TOO_LARGE);
    expectRefusal(await runCli(["memory", "import", huge]), TOO_LARGE);
  });
});
