import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "./generated/prisma-pg/client";
import { withImmediateTransactions } from "./immediate-transactions";

/** The embedded database, relative to the working directory (the project root). */
export const DEFAULT_DATABASE_URL = "file:./data/duizhao.db";

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:/.test(url);
}

/** How long a SQLite write waits for another connection's write to finish before failing. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

// A Prisma 7 client is generated per provider (the SQLite client refuses adapter-pg), so a
// postgresql:// URL selects the client generated from prisma/postgres/schema.prisma. Both expose
// the same models; the SQLite client's type stands for both. SQLite transactions begin IMMEDIATE
// (see immediate-transactions.ts), so that writers from several processes queue instead of failing.
function createPrismaClient(url: string): PrismaClient {
  if (isPostgresUrl(url)) {
    return new PgPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: withImmediateTransactions(new PrismaBetterSqlite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS })) });
}

const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;

/**
 * A `contains` filter that ignores case: SQLite's LIKE already does for ASCII, PostgreSQL needs the
 * insensitive mode, which the SQLite client refuses.
 */
export function containsIgnoringCase(text: string): { contains: string } {
  return (isPostgresUrl(databaseUrl) ? { contains: text, mode: "insensitive" } : { contains: text }) as { contains: string };
}

const cache = globalThis as unknown as { duizhaoPrisma?: PrismaClient };

/** The process-wide Prisma client for DATABASE_URL (SQLite by default). */
export const prisma: PrismaClient = (cache.duizhaoPrisma ??= createPrismaClient(databaseUrl));
