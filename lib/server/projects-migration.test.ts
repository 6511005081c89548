import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The projects migration on a SQLite database made before it (PostgreSQL's runs the same statements).
const require = createRequire(import.meta.url);
type Statement = { all: () => unknown[]; get: () => unknown };
const Database = require("better-sqlite3") as new (file: string) => { exec: (sql: string) => void; prepare: (sql: string) => Statement; close: () => void };
const MIGRATIONS = path.resolve("prisma/migrations");

describe("the projects migration", () => {
  it("puts every existing document in the default project and makes existing members its translators", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "duizhao-projects-migration-"));
    try {
      const db = new Database(path.join(dir, "before.db"));
      const names = readdirSync(MIGRATIONS).filter((name) => /^\d+_/.test(name)).sort();
      const projects = names.findIndex((name) => name.endsWith("_projects"));
      for (const name of names.slice(0, projects)) db.exec(readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
      db.exec(`INSERT INTO "Document" ("title", "raw", "encoding", "script", "updatedAt") VALUES ('Old', '旧。', 'utf-8', 'hans', CURRENT_TIMESTAMP)`);
      db.exec(`INSERT INTO "Term" ("source", "target", "updatedAt") VALUES ('旧', 'old', CURRENT_TIMESTAMP)`);
      db.exec(`INSERT INTO "User" ("id", "name", "email", "role", "updatedAt") VALUES ('o', 'O', 'o@example.org', 'owner', CURRENT_TIMESTAMP), ('m', 'M', 'm@example.org', 'member', CURRENT_TIMESTAMP)`);
      db.exec(readFileSync(path.join(MIGRATIONS, names[projects], "migration.sql"), "utf8"));
      expect(db.prepare(`SELECT "id", "name" FROM "Project"`).all()).toEqual([{ id: 1, name: "Default project" }]);
      expect(db.prepare(`SELECT "title", "projectId" FROM "Document"`).all()).toEqual([{ title: "Old", projectId: 1 }]);
      expect(db.prepare(`SELECT "projectId" FROM "Term"`).all()).toEqual([{ projectId: null }]);
      expect(db.prepare(`SELECT "projectId", "userId", "role" FROM "Membership"`).all()).toEqual([{ projectId: 1, userId: "m", role: "translator" }]);
      // A project made afterwards gets the next id.
      db.exec(`INSERT INTO "Project" ("name") VALUES ('Next')`);
      expect(db.prepare(`SELECT "id" FROM "Project" WHERE "name" = 'Next'`).get()).toEqual({ id: 2 });
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
