import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, test } from "vitest";
import { openSqlite } from "@/lib/server/sqlite-file";
import { startOtherProcess } from "@/lib/server/testing/other-process";
import { runCli } from "./testing/run-cli";

const workDir = mkdtempSync(path.join(tmpdir(), "duizhao-cli-backup-"));
const fixture = fileURLToPath(new URL("../lib/core/formats/__fixtures__/sample.xliff20.xlf", import.meta.url));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function counts(file: string): { integrity: unknown; documents: number; revisions: number } {
  const db = openSqlite(file, { readonly: true, fileMustExist: true });
  try {
    const count = (table: string) => Number((db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n);
    return { integrity: db.pragma("integrity_check", { simple: true }), documents: count("Document"), revisions: count("Revision") };
  } finally {
    db.close();
  }
}

async function databaseWithDocument(name: string) {
  const dir = mkdtempSync(path.join(workDir, `${name}-`));
  const databasePath = path.join(dir, "duizhao.db");
  const databaseUrl = `file:${databasePath}`;
  const cli = (args: string[]) => runCli(args, { databaseUrl, cwd: dir });
  const id = (await cli(["import", fixture])).stdout.trim();
  return { dir, databasePath, databaseUrl, cli, id };
}

describe.concurrent("backup and restore", { timeout: 180_000 }, () => {
  test("a backup taken while another process writes is sound and complete; restore brings it back and keeps the replaced database", async ({ expect }) => {
    const { dir, databasePath, databaseUrl, cli, id } = await databaseWithDocument("roundtrip");
    const other = await startOtherProcess(databaseUrl);
    const stop = other.loop(`INSERT INTO Revision (segmentId, target, status, version, kind, createdAt) SELECT id, 'loop', status, version, 'edit', 0 FROM Segment`);
    let backup;
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      backup = await cli(["backup", "copy.db"]);
    } finally {
      await stop();
      await other.close();
    }
    expect(backup).toMatchObject({ code: 0, stdout: "", stderr: expect.stringMatching(/^Backed up .*duizhao\.db to .*copy\.db: 1 document, [\d.]+ MB, integrity ok\.\n$/) });
    const copy = path.join(dir, "copy.db");
    const saved = counts(copy);
    expect(saved).toMatchObject({ integrity: "ok", documents: 1 });
    expect(saved.revisions).toBeGreaterThan(5); // the import's revisions and some of the loop's
    expect(existsSync(`${copy}-wal`)).toBe(false); // one self-contained file

    const again = await cli(["backup", "copy.db"]);
    expect(again).toMatchObject({ code: 1, stderr: expect.stringMatching(/copy\.db already exists: name a new file for the backup\./) });
    const nowhere = await cli(["backup", "missing-folder/copy.db"]);
    expect(nowhere).toMatchObject({ code: 1, stderr: expect.stringMatching(/^duizhao: Cannot write .*missing-folder\/copy\.db: no such directory\. Nothing was changed\.\n$/) });

    const wipe = await startOtherProcess(databaseUrl);
    await wipe.run(`DELETE FROM Document`);
    await wipe.close();
    const restored = await cli(["restore", "copy.db"]);
    expect(restored).toMatchObject({ code: 0, stderr: expect.stringMatching(/^Restored .*duizhao\.db from .*copy\.db: 1 document\.\nThe database it replaced is kept as .*duizhao\.db\.before-restore-\d{8}T\d{6}Z\.\n$/) });
    expect(JSON.parse((await cli(["list", "--json"])).stdout).map((document: { id: number }) => document.id)).toEqual([Number(id)]);
    expect(counts(databasePath)).toEqual(saved);
    const [side] = readdirSync(dir).filter((name) => name.startsWith("duizhao.db.before-restore-"));
    expect(counts(path.join(dir, side))).toMatchObject({ integrity: "ok", documents: 0 });
  });

  test("restore refuses bad files and a database in use, and changes nothing", async ({ expect }) => {
    const { dir, databasePath, databaseUrl, cli } = await databaseWithDocument("refusals");
    expect((await cli(["backup", "good.db"])).code).toBe(0);
    writeFileSync(path.join(dir, "text.db"), "not a database\n");
    const foreign = openSqlite(path.join(dir, "foreign.db"));
    foreign.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('x')");
    foreign.close();
    const damaged = readFileSync(path.join(dir, "good.db"));
    damaged.fill(0x5a, 4096 * 3, 4096 * 6);
    writeFileSync(path.join(dir, "damaged.db"), damaged);
    const before = readFileSync(databasePath);

    const cases: [string, RegExp][] = [
      ["text.db", /text\.db is not a sound Duizhao database \(file is not a database\)\. Nothing was changed\./],
      ["foreign.db", /foreign\.db is not a sound Duizhao database \(no _prisma_migrations, Document, Segment, Revision table\)/],
      ["damaged.db", /damaged\.db is not a sound Duizhao database \((integrity check|database disk image is malformed)[^]*\)\. Nothing was changed\./],
      ["missing.db", /missing\.db is not a sound Duizhao database \(no such file\)/],
      [databasePath, /is not a sound Duizhao database \(it is the database itself\)/],
    ];
    for (const [file, message] of cases) {
      const result = await cli(["restore", file]);
      expect(result).toMatchObject({ code: 1, stdout: "" });
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }

    const server = await startOtherProcess(databaseUrl);
    await server.run("SELECT 1 FROM Document");
    try {
      const inUse = await cli(["restore", "good.db"]);
      expect(inUse).toMatchObject({ code: 1, stderr: expect.stringMatching(/^duizhao: The database is in use: stop the server/) });
    } finally {
      await server.close();
    }
    expect(readFileSync(databasePath).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.includes("before-restore") || name.includes("restoring"))).toEqual([]);
  });

  test("on PostgreSQL both print pg_dump guidance and exit 1", async ({ expect }) => {
    const databaseUrl = "postgresql://nobody@127.0.0.1:1/none";
    for (const command of ["backup", "restore"]) {
      const result = await runCli([command, "x.dump"], { databaseUrl, cwd: workDir });
      expect(result).toMatchObject({ code: 1, stdout: "", stderr: expect.stringMatching(/works on the SQLite database[^]*pg_dump --format=custom[^]*pg_restore/) });
    }
  });
});
