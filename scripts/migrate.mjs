// Offline Prisma migrations for Prisma 7: drives @prisma/schema-engine-wasm through the
// project's driver adapter (no native schema-engine download).
//   node scripts/migrate.mjs dev [name]   create a migration from schema changes (shadow DB) and apply it
//   node scripts/migrate.mjs create [name] create only (draft, not applied)
//   node scripts/migrate.mjs deploy       apply pending migrations (used at startup)
//   node scripts/migrate.mjs status       migration history diagnostics (JSON)
//   node scripts/migrate.mjs check        CI: apply migrations, fail if schema.prisma needs a new migration
// DATABASE_URL: file:./data/duizhao.db (default, SQLite) or postgresql://user:pw@host:port/db
// DB_PROVIDER=postgresql (or a postgres DATABASE_URL) uses prisma/postgres/{schema.prisma,migrations}.
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { takeSqliteMigrationLock } from "./sqlite-migration-lock.mjs";

const require = createRequire(import.meta.url);
const root = process.cwd();
const url = process.env.DATABASE_URL || "file:./data/duizhao.db";
const pg = process.env.DB_PROVIDER === "postgresql" || /^postgres(ql)?:/.test(url);
const schemaPath = path.join(root, pg ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma");
const migrationsDir = path.join(root, pg ? "prisma/postgres/migrations" : "prisma/migrations");
const filters = { externalTables: [], externalEnums: [] };
// Another process (the server, a concurrent CLI migrating a new file) may hold the lock: wait as the app does.
const BUSY_TIMEOUT_MS = 10_000;

// SQLite: create the file's folder on first start, and switch the file to WAL mode (persistent).
function prepareSqliteFile() {
  const file = url.replace(/^file:/, "");
  if (file === ":memory:") return;
  mkdirSync(path.dirname(path.resolve(root, file)), { recursive: true });
  const Database = require("better-sqlite3");
  const db = new Database(path.resolve(root, file), { timeout: BUSY_TIMEOUT_MS });
  db.pragma("journal_mode = WAL");
  db.close();
}

async function loadSchemaEngine() {
  // Node 20 cannot `import` .wasm modules, so instantiate the wasm-bindgen module by hand.
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const { instance } = await WebAssembly.instantiate(readFileSync(path.join(dir, "schema_engine_bg.wasm")), {
    "./schema_engine_bg.js": bg,
  });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bg.SchemaEngine;
}

// adapter-pg 7.10 rejects pg_catalog columns of type "char" (OID 18) that the engine's
// describer reads; report them as text (OID 25).
function patchPgCharColumns(adapter) {
  const performIO = adapter.performIO.bind(adapter);
  adapter.performIO = async (q) => {
    const r = await performIO(q);
    for (const f of r.fields ?? []) if (f.dataTypeID === 18) f.dataTypeID = 25;
    return r;
  };
  return adapter;
}

async function adapterFactory() {
  if (pg) {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const u = new URL(url);
    // discrete fields, not connectionString (a connectionString would override `database`)
    const cfg = {
      host: u.hostname, port: Number(u.port || 5432), user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password) || undefined, database: u.pathname.slice(1),
    };
    const f = new PrismaPg(cfg);
    const connect = f.connect.bind(f);
    f.connect = async () => patchPgCharColumns(await connect());
    // adapter-pg 7.10's own shadow DB drops the temp database before closing its pool
    // ("database ... is being accessed by other users"): create/drop it here instead.
    f.connectToShadowDb = async () => {
      const main = await connect();
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      await main.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = patchPgCharColumns(await new PrismaPg({ ...cfg, database: name }).connect());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await main.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await main.dispose();
      };
      return shadow;
    };
    return f;
  }
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  const f = new PrismaBetterSqlite3({ url });
  // The engine replays each whole migration.sql on the (in-memory) shadow DB via executeRaw(),
  // which better-sqlite3 rejects ("contains more than one statement"): use executeScript().
  const shadow = f.connectToShadowDb.bind(f);
  f.connectToShadowDb = async () => {
    const a = await shadow();
    const executeRaw = a.executeRaw.bind(a);
    a.executeRaw = async (q) => (q.args.length === 0 ? (await a.executeScript(q.sql), 0) : executeRaw(q));
    return a;
  };
  return f;
}

function migrationsList() {
  mkdirSync(migrationsDir, { recursive: true });
  const lock = path.join(migrationsDir, "migration_lock.toml");
  const dirs = readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lock) ? readFileSync(lock, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((d) => {
      const file = path.join(migrationsDir, d, "migration.sql");
      return {
        path: d,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file) ? { tag: "ok", value: readFileSync(file, "utf8") } : { tag: "error", value: "missing migration.sql" },
        },
      };
    }),
  };
}

// The engine takes an exclusive lock on a SQLite file even when nothing is pending, which fails while
// the app has the file open (e.g. the CLI importing beside a running server): look first, read-only.
function sqliteIsUpToDate() {
  const file = path.resolve(root, url.replace(/^file:/, "").replace(/\?.*$/, ""));
  if (!existsSync(file)) return false;
  const Database = require("better-sqlite3");
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return false;
    const applied = new Set(
      db.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
        .all().map((row) => row.migration_name),
    );
    return migrationsList().migrationDirectories.every((d) => applied.has(d.path));
  } finally {
    db.close();
  }
}

const [cmd = "deploy", name = "migration"] = process.argv.slice(2);
const sqliteFile = path.resolve(root, url.replace(/^file:/, "").replace(/\?.*$/, ""));
const upToDate = () => {
  console.log("Migrations applied: (none, up to date)");
  process.exit(0);
};
if (!pg && cmd === "deploy" && sqliteIsUpToDate()) upToDate();
if (!pg) prepareSqliteFile();
const releaseLock = pg || sqliteFile.endsWith(":memory:") ? () => {} : await takeSqliteMigrationLock(sqliteFile);
process.on("exit", releaseLock);
// Another process may have migrated the file while this one waited for the lock.
if (!pg && cmd === "deploy" && sqliteIsUpToDate()) upToDate();
const schema = readFileSync(schemaPath, "utf8");
const SchemaEngine = await loadSchemaEngine();
const bound = bindMigrationAwareSqlAdapterFactory(await adapterFactory());
const engine = await SchemaEngine.new(
  { datamodels: [[schemaPath, schema]] },
  (msg) => { if (process.env.MIGRATE_DEBUG) console.error("[schema-engine]", msg); },
  bound,
);

let exitCode = 0;
try {
  if (cmd === "dev" || cmd === "create") {
    // applyMigrations first: it creates _prisma_migrations, without which devDiagnostic fails (P1014)
    if (cmd === "dev") await engine.applyMigrations({ migrationsList: migrationsList(), filters });
    // devDiagnostic replays the migrations on a shadow DB and caches the result for createMigration
    const diag = await engine.devDiagnostic({ migrationsList: migrationsList(), filters });
    if (diag.action.tag === "reset") throw new Error(`Drift detected, the database needs a reset: ${diag.action.reason}`);
    const out = await engine.createMigration({
      draft: cmd === "create", migrationName: name, migrationsList: migrationsList(),
      schema: { files: [{ path: schemaPath, content: schema }] }, filters,
    });
    if (out.migrationScript === null) console.log("No schema changes: no migration created.");
    else {
      const dir = path.join(migrationsDir, out.generatedMigrationName);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, `migration.${out.extension}`), out.migrationScript);
      writeFileSync(path.join(migrationsDir, "migration_lock.toml"),
        `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`);
      console.log(`Created ${path.relative(root, dir)}/migration.${out.extension}`);
    }
    if (cmd === "dev") {
      const r = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
      console.log("Applied:", r.appliedMigrationNames.join(", ") || "(none)");
    }
  } else if (cmd === "deploy") {
    const r = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
    console.log("Migrations applied:", r.appliedMigrationNames.join(", ") || "(none, up to date)");
  } else if (cmd === "check") {
    await engine.applyMigrations({ migrationsList: migrationsList(), filters });
    await engine.devDiagnostic({ migrationsList: migrationsList(), filters });
    const out = await engine.createMigration({
      draft: false, migrationName: "check", migrationsList: migrationsList(),
      schema: { files: [{ path: schemaPath, content: schema }] }, filters,
    });
    if (out.migrationScript === null) console.log(`OK: ${path.relative(root, migrationsDir)} matches ${path.relative(root, schemaPath)}`);
    else { console.error(`Missing migration in ${path.relative(root, migrationsDir)}:\n${out.migrationScript}`); exitCode = 1; }
  } else if (cmd === "status") {
    const r = await engine.diagnoseMigrationHistory({ migrationsList: migrationsList(), optInToShadowDatabase: false, filters });
    console.log(JSON.stringify(r, null, 2));
    if (r.failedMigrationNames.length || r.editedMigrationNames.length || r.history) exitCode = 1;
  } else {
    throw new Error(`unknown command: ${cmd}`);
  }
} catch (e) {
  // errors raised inside the JS driver adapter surface as "External error id#N"
  const m = /External error id#(\d+)/.exec(String(e?.message));
  if (m) console.error("Driver adapter error:", bound.errorRegistry.consumeError(Number(m[1]))?.error);
  console.error(e?.message ?? e);
  exitCode = 1;
} finally {
  engine.free();
}
process.exit(exitCode); // also stops the pg pool from keeping the process alive
