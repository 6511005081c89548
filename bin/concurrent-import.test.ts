import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, test } from "vitest";
import { startOtherProcess } from "@/lib/server/testing/other-process";
import en from "@/messages/en.json";
import { runCli } from "./testing/run-cli";

// The CLI beside another process that writes to the same SQLite file (a running server).

const workDir = mkdtempSync(path.join(tmpdir(), "duizhao-cli-concurrent-"));
const fixture = fileURLToPath(new URL("../lib/core/formats/__fixtures__/sample.xliff20.xlf", import.meta.url));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

async function documentWithExport(name: string): Promise<{ databaseUrl: string; id: string; file: string; cli: (args: string[]) => ReturnType<typeof runCli> }> {
  const databaseUrl = `file:${path.join(workDir, `${name}.db`)}`;
  const cli = (args: string[]) => runCli(args, { databaseUrl, cwd: workDir });
  const id = (await cli(["import", fixture])).stdout.trim();
  const file = path.join(workDir, `${name}.xlf`);
  await cli(["export", id, "--format", "xliff20", "-o", file]);
  return { databaseUrl, id, file, cli };
}

const segmentIds = (file: string) => [...readFileSync(file, "utf8").matchAll(/<unit id="s(\d+)"/g)].map((match) => Number(match[1]));

describe.concurrent("the CLI beside another writer", { timeout: 180_000 }, () => {
  test("import --into succeeds every time while another process saves in a loop", async ({ expect }) => {
    const { databaseUrl, file, id, cli } = await documentWithExport("loop");
    const [first, , third] = segmentIds(file);
    const other = await startOtherProcess(databaseUrl);
    const stop = other.loop(
      `BEGIN IMMEDIATE; UPDATE Segment SET target = 'Other ' || (version + 1), status = 'draft', version = version + 1 WHERE id = ${third};
       INSERT INTO Revision (segmentId, target, status, version, kind, createdAt) SELECT id, target, status, version, 'edit', 0 FROM Segment WHERE id = ${first}; COMMIT;`,
    );
    const results = [];
    try {
      for (let i = 1; i <= 4; i++) {
        const round = path.join(workDir, `loop-${i}.xlf`);
        results.push(await cli(["export", id, "--format", "xliff20", "-o", round]));
        writeFileSync(round, readFileSync(round, "utf8").replace(/(<unit id="s\d+"[^]*?<target[^>]*>)[^<]*/, `$1Imported ${i}.`));
        results.push(await cli(["import", round, "--into", id]));
      }
    } finally {
      await stop();
      await other.close();
    }
    for (const result of results) {
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result).toMatchObject({ code: 0, stderr: expect.stringMatching(/^(Updated |Wrote )/) });
    }
    const exported = JSON.parse((await cli(["export", id, "--format", "json"])).stdout);
    expect(exported.segments[0].target).toBe("Imported 4.");
  });

  test("import --into of a file exported before an edit keeps the edit and prints the conflict", async ({ expect }) => {
    const { databaseUrl, file, id, cli } = await documentWithExport("stale");
    const second = segmentIds(file)[1];
    const other = await startOtherProcess(databaseUrl);
    try {
      await other.run(`UPDATE Segment SET target = 'Newer text.', version = version + 1 WHERE id = ${second}`);
    } finally {
      await other.close();
    }
    const result = await cli(["import", file, "--into", id]);
    expect(result).toMatchObject({ code: 0, stdout: "" });
    expect(result.stderr).toBe(
      `Updated 0 paragraphs; 5 unchanged; 0 units of the file not found in document ${id} (matched 6 by id, 0 by source text).\n` +
        "Conflicts: 1 (paragraph 2) changed since the file was exported; the newer text was kept, the file's text is in the history as refused.\n",
    );
    const exported = JSON.parse((await cli(["export", id, "--format", "json"])).stdout);
    expect(exported.segments[1].target).toBe("Newer text.");
  });

  test("a database locked longer than the busy timeout: a clear message, exit 1, nothing changed", async ({ expect }) => {
    const { databaseUrl, file, id, cli } = await documentWithExport("locked");
    const other = await startOtherProcess(databaseUrl);
    const before = (await cli(["export", id, "--format", "json"])).stdout;
    writeFileSync(file, readFileSync(file, "utf8").replace(/(<target[^>]*>)[^<]*/, "$1Changed while locked."));
    await other.run("BEGIN IMMEDIATE; UPDATE Document SET note = 'locked'");
    let result;
    try {
      result = await cli(["import", file, "--into", id]);
    } finally {
      await other.run("ROLLBACK");
      await other.close();
    }
    expect(result).toEqual({ code: 1, stdout: "", stderr: `duizhao: ${en.Errors.DATABASE_BUSY}\n` });
    expect((await cli(["export", id, "--format", "json"])).stdout).toBe(before);
  });

  test("a database locked even for readers (as the migration engine does) is the same clear message before any command runs", async ({ expect }) => {
    const { databaseUrl, cli } = await documentWithExport("exclusive");
    const other = await startOtherProcess(databaseUrl);
    await other.run("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; UPDATE Document SET note = 'locked'");
    let result;
    try {
      result = await cli(["list"]);
    } finally {
      await other.run("ROLLBACK");
      await other.close();
    }
    expect(result).toEqual({ code: 1, stdout: "", stderr: `duizhao: ${en.Errors.DATABASE_BUSY}\n` });
  });
});
