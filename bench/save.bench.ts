import { randomUUID } from "node:crypto";
import { pastedSource, prepareImport } from "@/lib/core/import/prepare-import";
import { createDocument, getDocument } from "@/lib/server/documents";
import { saveSegmentTarget } from "@/lib/server/segments";
import { openSqlite, sqlitePath } from "@/lib/server/sqlite-file";
import type { Benchmark } from "./benchmark";

// All three write the same row of the run's throw-away SQLite database (bench/run.ts), one after
// the other; `version` follows the row so every save is a real save, never a conflict.
const { id: documentId } = await createDocument(prepareImport(pastedSource("标题\n第一段。\n第二段。"), { cleanup: null }));
const segmentId = (await getDocument({ id: documentId })).segments[1].id;
let version = 0;
let edits = 0;
const nextTarget = () => `The first paragraph, edit ${++edits}.`;

async function save(): Promise<void> {
  const input = { segmentId, baseVersion: version, target: nextTarget(), status: "draft" as const };
  const result = await saveSegmentTarget({ ...input, clientEditId: randomUUID(), author: "bench" });
  if (result.kind !== "saved") throw new Error("bench: saveSegmentTarget reported a conflict");
  version = result.segment.version;
}

const raw = openSqlite(sqlitePath(process.env.DATABASE_URL ?? ""));
const now = () => new Date().toISOString();
const updateTarget = raw.prepare('UPDATE "Segment" SET "target" = ?, "status" = ?, "updatedAt" = ? WHERE "id" = ?');

// The statements saveSegmentTarget issues, hand-written: what Prisma adds on top of the same work.
const findRevision = raw.prepare('SELECT "version" FROM "Revision" WHERE "segmentId" = ? AND "clientEditId" = ?');
const findSegment = raw.prepare(
  'SELECT "id", "position", "kind", "source", "target", "status", "version", "documentId" FROM "Segment" WHERE "id" = ?',
);
const updateVersioned = raw.prepare(
  'UPDATE "Segment" SET "target" = ?, "status" = ?, "version" = "version" + 1, "updatedAt" = ? WHERE "id" = ? AND "version" = ?',
);
const insertRevision = raw.prepare(
  'INSERT INTO "Revision" ("segmentId", "target", "status", "version", "author", "clientEditId") VALUES (?, ?, ?, ?, ?, ?)',
);
const touchDocument = raw.prepare('UPDATE "Document" SET "updatedAt" = ? WHERE "id" = ?');
const rawSave = raw.transaction((target: string, editId: string) => {
  findRevision.get(segmentId, editId);
  const row = findSegment.get(segmentId) as { version: number; documentId: number };
  if (updateVersioned.run(target, "draft", now(), segmentId, row.version).changes !== 1) throw new Error("bench: raw conflict");
  insertRevision.run(segmentId, target, "draft", row.version + 1, "bench", editId);
  touchDocument.run(now(), row.documentId);
  version = row.version + 1;
});

const REFERENCE = "raw UPDATE (better-sqlite3)";

export const benchmarks: Benchmark[] = [
  {
    name: REFERENCE,
    size: "1 row",
    run: () => updateTarget.run(nextTarget(), "draft", now(), segmentId),
    runs: 200,
    warmup: 20,
  },
  {
    name: "raw save transaction (better-sqlite3)",
    size: "1 row + revision",
    run: () => rawSave(nextTarget(), randomUUID()),
    runs: 200,
    warmup: 20,
    reference: REFERENCE,
  },
  {
    name: "saveSegmentTarget",
    size: "1 row + revision",
    run: save,
    runs: 200,
    warmup: 20,
    reference: REFERENCE,
    isChecked: true,
  },
];
