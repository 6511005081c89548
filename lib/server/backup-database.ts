import "server-only";
import { existsSync, realpathSync, renameSync, rmSync, statSync } from "node:fs";
import { DomainError } from "@/lib/core/errors";
import { openSqlite } from "./sqlite-file";

// sqlite3_backup_step's page count: all pages in one step, under one read transaction, so the copy
// is a consistent snapshot that other writers cannot make restart.
const ALL_PAGES = 0x7fffffff;
const BUSY_TIMEOUT_MS = 10_000; // as the app's connection (db.ts)
const TABLES = ["_prisma_migrations", "Document", "Segment", "Revision"];

/** The number of documents in a file that is a sound Duizhao SQLite database; NOT_A_BACKUP otherwise. */
export function checkDuizhaoDatabase(file: string): number {
  let db;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new DomainError("NOT_A_BACKUP", { file, reason: `integrity check: ${String(integrity)}` });
    const names = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name));
    const missing = TABLES.filter((table) => !names.has(table));
    if (missing.length > 0) throw new DomainError("NOT_A_BACKUP", { file, reason: `no ${missing.join(", ")} table` });
    return Number((db.prepare('SELECT count(*) AS n FROM "Document"').get() as { n: number | bigint }).n);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError("NOT_A_BACKUP", { file, reason: error instanceof Error ? error.message : String(error) });
  } finally {
    db?.close();
  }
}

async function copyDatabase(from: string, to: string, journalMode: "delete" | "wal"): Promise<void> {
  const source = openSqlite(from, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    await source.backup(to, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  const copy = openSqlite(to, { fileMustExist: true });
  try {
    copy.pragma(`journal_mode = ${journalMode}`);
  } finally {
    copy.close();
  }
}

export type BackupResult = { documents: number; bytes: number };

/**
 * Copies the SQLite database into a new file with SQLite's online backup while the app may be
 * writing, then checks the copy (integrity_check). The copy is one self-contained file.
 */
export async function backupDatabase({ databasePath, file }: { databasePath: string; file: string }): Promise<BackupResult> {
  if (!existsSync(databasePath)) throw new DomainError("NO_DATABASE", { path: databasePath });
  if (existsSync(file)) throw new DomainError("BACKUP_EXISTS", { file });
  const partial = `${file}.partial-${process.pid}`;
  try {
    await copyDatabase(databasePath, partial, "delete");
    const documents = checkDuizhaoDatabase(partial);
    renameSync(partial, file);
    return { documents, bytes: statSync(file).size };
  } finally {
    rmSync(partial, { force: true });
  }
}

export type RestoreResult = { documents: number; replaced: string | null };

const compactNow = () => new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");

/**
 * Replaces the SQLite database with a checked backup. Refused (DATABASE_IN_USE) while another
 * connection has the database open: leaving WAL mode needs the only connection to the file. The
 * replaced database is kept beside it as `<name>.before-restore-<UTC time>`.
 */
export async function restoreDatabase({ databasePath, file }: { databasePath: string; file: string }): Promise<RestoreResult> {
  if (!existsSync(file)) throw new DomainError("NOT_A_BACKUP", { file, reason: "no such file" });
  if (existsSync(databasePath) && realpathSync(file) === realpathSync(databasePath)) {
    throw new DomainError("NOT_A_BACKUP", { file, reason: "it is the database itself" });
  }
  const documents = checkDuizhaoDatabase(file);
  const staged = `${databasePath}.restoring-${process.pid}`;
  try {
    await copyDatabase(file, staged, "wal");
    if (!existsSync(databasePath)) {
      renameSync(staged, databasePath);
      return { documents, replaced: null };
    }
    const replaced = `${databasePath}.before-restore-${compactNow()}`;
    const live = openSqlite(databasePath, { fileMustExist: true, timeout: 0 });
    try {
      // Checkpoints the WAL into the file and removes it; refused while any other connection is open.
      if (live.pragma("journal_mode = delete", { simple: true }) !== "delete") throw new DomainError("DATABASE_IN_USE");
      renameSync(databasePath, replaced);
      for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(`${databasePath}${suffix}`, { force: true });
      renameSync(staged, databasePath);
    } catch (error) {
      if (error instanceof Error && "code" in error && String(error.code).startsWith("SQLITE_BUSY")) throw new DomainError("DATABASE_IN_USE");
      throw error;
    } finally {
      live.close();
    }
    return { documents, replaced };
  } finally {
    rmSync(staged, { force: true });
  }
}
