import "server-only";
import { createRequire } from "node:module";

// better-sqlite3 ships no types (and @types/better-sqlite3 is not a dependency): the little used here.
export type RawDatabase = {
  pragma(source: string, options?: { simple?: boolean }): unknown;
  prepare(sql: string): { get(...params: unknown[]): unknown; all(...params: unknown[]): unknown[]; run(...params: unknown[]): { changes: number } };
  transaction<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
  exec(sql: string): void;
  backup(file: string, options?: { progress?: (info: { totalPages: number; remainingPages: number }) => number }): Promise<{ totalPages: number }>;
  close(): void;
};

type Options = { readonly?: boolean; fileMustExist?: boolean; timeout?: number };

const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string, options?: Options) => RawDatabase;

/** A direct better-sqlite3 connection, for what Prisma cannot do (online backup, integrity checks, journal mode). */
export function openSqlite(file: string, options: Options = {}): RawDatabase {
  return new Database(file, options);
}

/** The file path of a file: URL (the URL as given when it is not one). */
export function sqlitePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "").replace(/\?.*$/, "");
}
