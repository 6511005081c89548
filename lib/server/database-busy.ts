import "server-only";

const codeOf = (error: object) => ("code" in error ? String(error.code) : "");

/**
 * True for a write that gave up waiting for another connection's lock: better-sqlite3's
 * SQLITE_BUSY/SQLITE_LOCKED, or Prisma's P1008, which the SQLite adapter reports for them.
 */
export function isDatabaseBusy(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = codeOf(error);
  if (code === "P1008" || code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) return true;
  return "cause" in error && isDatabaseBusy(error.cause);
}
