import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, test } from "vitest";

// `duizhao check` in child processes, each test on its own SQLite file (see duizhao.test.ts).

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const workDir = mkdtempSync(path.join(tmpdir(), "duizhao-check-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function runCli(args: string[], databaseUrl: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, "bin", "duizhao.js"), ...args], { cwd: workDir, env: { ...process.env, DATABASE_URL: databaseUrl } });
    let [stdout, stderr] = ["", ""];
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function writeWorkFile(name: string, content: string): string {
  const file = path.join(workDir, name);
  writeFileSync(file, content);
  return file;
}

const unit = (id: string, source: string, target: string) =>
  `<trans-unit id="${id}"><source>${source}</source><target state="translated">${target}</target></trans-unit>`;
const XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="QA" source-language="zh-Hant" target-language="en" datatype="plaintext"><body>
    ${unit("s1", "感染人數達2萬人次。", "There were 2,000 infections.")}
    ${unit("s2", "共有15名護士。", "There were 15 nurses.")}
  </body></file>
</xliff>`;
const WRONG_NUMBER = "¶1 numbers: The source has 2萬 (= 20,000), the translation 2,000";

describe.concurrent("duizhao check", { timeout: 180_000 }, () => {
  test("an XLIFF file: one line per warning and a summary; --strict exits 1; --json", async ({ expect }) => {
    const db = `file:${path.join(workDir, "file.db")}`;
    const file = writeWorkFile("wrong-number.xlf", XLIFF);
    const plain = await runCli(["check", file], db);
    expect(plain).toMatchObject({ code: 0, stderr: "" });
    expect(plain.stdout).toBe(`${WRONG_NUMBER}\n1 QA warning, 0 conversion findings in 1 paragraph.\n`);
    expect((await runCli(["check", file, "--strict"], db)).code).toBe(1);
    const json = JSON.parse((await runCli(["check", file, "--json"], db)).stdout);
    expect(json.totals).toEqual({ qa: 1, conversion: 0, ignored: 0, paragraphs: 1 });
    expect(json.paragraphs[0]).toMatchObject({ n: 1, qa: [{ check: "numbers", code: "numbers.mismatch", message: WRONG_NUMBER.replace("¶1 numbers: ", "") }] });
  });

  test("a stored document by id; a plain text file gets the conversion review only", async ({ expect }) => {
    const db = `file:${path.join(workDir, "stored.db")}`;
    const imported = await runCli(["import", writeWorkFile("doc.xlf", XLIFF)], db);
    expect(imported.code).toBe(0);
    const stored = await runCli(["check", imported.stdout.trim(), "--strict"], db);
    expect(stored.code).toBe(1);
    expect(stored.stdout).toContain(WRONG_NUMBER);
    // No translation to check: only the conversion review (whatever it finds in this text) is printed.
    const text = await runCli(["check", writeWorkFile("page.txt", "疫情通報\n感染人數達2萬余人次。\n")], db);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^0 QA warnings, \d+ conversion findings?\b/m);
    expect(text.stdout).not.toMatch(/numbers:/);
  });

  test("bad input: a missing document or file, no argument, a malformed XLIFF", async ({ expect }) => {
    // One database each: concurrent first migrations of one SQLite file would wait on each other.
    const db = (name: string) => `file:${path.join(workDir, `bad-${name}.db`)}`;
    const [missing, noFile, none, malformed] = await Promise.all([
      runCli(["check", "999"], db("missing")),
      runCli(["check", "nothing-here.txt"], db("no-file")),
      runCli(["check"], db("none")),
      runCli(["check", writeWorkFile("bad.xlf", "<xliff><file>")], db("malformed")),
    ]);
    expect(missing).toMatchObject({ code: 1, stdout: "", stderr: expect.stringMatching(/does not exist/) });
    expect(noFile).toMatchObject({ code: 1, stderr: expect.stringMatching(/Cannot read nothing-here.txt/) });
    expect(none).toMatchObject({ code: 1, stderr: expect.stringMatching(/Missing FILE or document ID/) });
    expect(malformed).toMatchObject({ code: 1, stderr: expect.stringMatching(/not well-formed XML/) });
  });
});
