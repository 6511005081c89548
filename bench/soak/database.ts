// Reads what the server wrote, straight from the database (better-sqlite3 or pg), independently of
// the app's data layer: the checks must not trust the code they check.
import { createRequire } from "node:module";
import pg from "pg";

export type SegmentRow = { id: number; position: number; target: string; status: string; version: number };
export type RevisionRow = { id: number; segmentId: number; target: string; kind: string; version: number; clientEditId: string | null; author: string };

export type DatabaseReader = {
  segments(documentId: number): Promise<SegmentRow[]>;
  revisions(documentId: number): Promise<RevisionRow[]>;
  /** The newest revision's id (0 when none). */
  maxRevisionId(): Promise<number>;
  /** SQLite's `PRAGMA integrity_check` ("ok" when sound); null on PostgreSQL. */
  integrityCheck(): Promise<string | null>;
  close(): Promise<void>;
};

const SEGMENTS = 'SELECT "id", "position", "target", "status", "version" FROM "Segment" WHERE "documentId" = $1 ORDER BY "position"';
const MAX_REVISION = 'SELECT COALESCE(MAX("id"), 0) AS "max" FROM "Revision"';
const REVISIONS =
  'SELECT r."id", r."segmentId", r."target", r."kind", r."version", r."clientEditId", r."author" FROM "Revision" r ' +
  'JOIN "Segment" s ON s."id" = r."segmentId" WHERE s."documentId" = $1 ORDER BY r."id"';

// better-sqlite3 ships no types (and @types/better-sqlite3 is not a dependency): the little used here.
type Sqlite = { prepare(sql: string): { all(...params: unknown[]): unknown[] }; pragma(sql: string, options: { simple: true }): unknown; close(): void };
const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string, options?: { readonly?: boolean }) => Sqlite;

function sqliteReader(file: string): DatabaseReader {
  const db = new Database(file);
  const all = <T>(sql: string, id: number) => db.prepare(sql.replace("$1", "?")).all(id) as T[];
  return {
    segments: async (documentId) => all<SegmentRow>(SEGMENTS, documentId),
    revisions: async (documentId) => all<RevisionRow>(REVISIONS, documentId),
    maxRevisionId: async () => Number((db.prepare(MAX_REVISION).all()[0] as { max: number }).max),
    integrityCheck: async () => String(db.pragma("integrity_check", { simple: true })),
    close: async () => db.close(),
  };
}

async function postgresReader(url: string): Promise<DatabaseReader> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const all = async <T>(sql: string, id: number) => (await client.query(sql, [id])).rows as T[];
  return {
    segments: (documentId) => all<SegmentRow>(SEGMENTS, documentId),
    revisions: (documentId) => all<RevisionRow>(REVISIONS, documentId),
    maxRevisionId: async () => Number((await client.query(MAX_REVISION)).rows[0].max),
    integrityCheck: async () => null,
    close: () => client.end(),
  };
}

/** Opens DATABASE_URL's database for reading (SQLite: file:PATH; PostgreSQL: postgresql://…). */
export async function openDatabase(url: string): Promise<DatabaseReader> {
  return /^postgres(ql)?:/.test(url) ? postgresReader(url) : sqliteReader(url.replace(/^file:/, ""));
}
