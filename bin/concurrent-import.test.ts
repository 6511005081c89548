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
        const edited = readFileSync(file, "utf8").replace(/(<unit id="s\d+"[^]*?<target[^>]*>)[^<]*/, `$1Imported ${i}.`);
        writeFileSync(path.join(workDir, `loop-${i}.xlf`), edited);
        results.push(await cli(["import", path.join(workDir, `loop-${i}.xlf`), "--into", id]));
      }
    } finally {
      await stop();
      await other.close();
    }
    for (const result of results) {
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result).toMatchObject({ code: 0, stderr: expect.stringMatching(/^Updated /) });
    }
    const exported = JSON.parse((await cli(["export", id, "--format", "json"])).stdout);
    expect(exported.segments[0].target).toBe("Imported 4.");
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
});
