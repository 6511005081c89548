import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isSqliteCurrent } from "./applied-migrations";

let dir: string;
let url: string;
const MIGRATIONS = path.resolve("prisma/migrations");

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "duizhao-migrations-"));
  url = `file:${path.join(dir, "current.db")}`;
  execFileSync(process.execPath, ["scripts/migrate.mjs", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("isSqliteCurrent (a CLI command skips the schema engine only when nothing is pending)", () => {
  it("is true for a database with every migration applied", () => {
    expect(isSqliteCurrent(url, MIGRATIONS)).toBe(true);
    expect(isSqliteCurrent(`${url}?connection_limit=1`, MIGRATIONS)).toBe(true);
  });

  it("is false when the project has a migration the database lacks", () => {
    const newer = path.join(dir, "migrations");
    cpSync(MIGRATIONS, newer, { recursive: true });
    mkdirSync(path.join(newer, "29991231000000_later"));
    writeFileSync(path.join(newer, "29991231000000_later", "migration.sql"), "SELECT 1;");
    expect(isSqliteCurrent(url, newer)).toBe(false);
  });

  it("is false for a missing file, a file without migrations, and PostgreSQL", () => {
    expect(isSqliteCurrent(`file:${path.join(dir, "missing.db")}`, MIGRATIONS)).toBe(false);
    const empty = path.join(dir, "empty.db");
    writeFileSync(empty, "");
    expect(isSqliteCurrent(`file:${empty}`, MIGRATIONS)).toBe(false);
    expect(isSqliteCurrent("postgresql://duizhao@127.0.0.1:5432/duizhao", MIGRATIONS)).toBe(false);
  });
});
