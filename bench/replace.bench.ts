import { pastedSource, prepareImport } from "@/lib/core/import/prepare-import";
import { applyBatch } from "@/lib/server/batch-edits";
import { createDocument, getDocument } from "@/lib/server/documents";
import { replaceInDocument } from "@/lib/server/replace-in-document";
import { openSqlite, sqlitePath } from "@/lib/server/sqlite-file";
import type { Benchmark } from "./benchmark";

// Replace all (issue 18): a whole-word regex with a group over a 10,000-paragraph translated document,
// through replaceInDocument (planner, versions, one transaction, a revision per paragraph). Each run
// swaps the name back, so every run changes every paragraph. Built on first use in the run's database.

const PARAGRAPHS = 10_000;
const QUERIES = [
  { find: "Zhang (San|Si)", replace: "张$1", isRegex: true, isWholeWord: true, isCaseSensitive: true },
  { find: "张(San|Si)", replace: "Zhang $1", isRegex: true, isWholeWord: true, isCaseSensitive: true },
];

type Job = { documentId: number; versions: Map<number, number> };
const jobs = new Map<string, Job>();

/** A translated document of its own for each benchmark (the raw one changes versions behind the other's back). */
async function jobOf(name: string): Promise<Job> {
  const found = jobs.get(name);
  if (found) return found;
  const text = Array.from({ length: PARAGRAPHS }, (_, i) => `第${i + 1}段：张三和李四去了随州。`).join("\n");
  const { id: documentId } = await createDocument(prepareImport(pastedSource(text), { cleanup: null }));
  const { segments } = await getDocument({ id: documentId });
  const changes = segments.map((s, i) => ({ segmentId: s.id, baseVersion: 0, target: `Paragraph ${i + 1}: Zhang San and Zhang Si went to Suizhou.`, status: "translated" as const }));
  const { applied } = await applyBatch({ documentId, kind: "status", author: "bench", changes });
  const job = { documentId, versions: new Map(applied.map((s) => [s.id, s.version])) };
  jobs.set(name, job);
  return job;
}

let turn = 0;
async function replaceAll(): Promise<void> {
  const { documentId, versions } = await jobOf("replace");
  const paragraphs = [...versions].map(([segmentId, version]) => ({ segmentId, version }));
  const result = await replaceInDocument({ documentId, query: QUERIES[turn++ % 2], scope: { kind: "all" }, paragraphs, author: "bench" });
  if (result.applied.length !== PARAGRAPHS) throw new Error(`bench: replaced ${result.applied.length} of ${PARAGRAPHS}`);
  for (const segment of result.applied) versions.set(segment.id, segment.version);
}

// The same writes hand-written on better-sqlite3: what the planner, Prisma and the batch add on top.
let raw: ((documentId: number, from: string, to: string) => void) | null = null;
function rawReplace(): (documentId: number, from: string, to: string) => void {
  if (raw) return raw;
  const db = openSqlite(sqlitePath(process.env.DATABASE_URL ?? ""));
  const rows = db.prepare('SELECT "id", "target", "version" FROM "Segment" WHERE "documentId" = ?');
  const update = db.prepare('UPDATE "Segment" SET "target" = ?, "version" = "version" + 1, "updatedAt" = ? WHERE "id" = ? AND "version" = ?');
  const revision = db.prepare('INSERT INTO "Revision" ("segmentId", "target", "status", "version", "author", "kind") VALUES (?, ?, ?, ?, ?, ?)');
  raw = db.transaction((documentId: number, from: string, to: string) => {
    const now = new Date().toISOString();
    for (const row of rows.all(documentId) as { id: number; target: string; version: number }[]) {
      const target = row.target.replaceAll(from, to);
      update.run(target, now, row.id, row.version);
      revision.run(row.id, target, "translated", row.version + 1, "bench", "replace");
    }
  });
  return raw;
}

let rawTurn = 0;
const REFERENCE = `raw replace transaction (better-sqlite3), ${PARAGRAPHS.toLocaleString("en")} ¶`;

export const benchmarks: Benchmark[] = [
  {
    name: REFERENCE,
    size: `${PARAGRAPHS.toLocaleString("en")} ¶ + revisions`,
    run: async () => rawReplace()((await jobOf("raw")).documentId, ...((rawTurn++ % 2 ? ["Zhang Zhao", "Zhang"] : ["Zhang", "Zhang Zhao"]) as [string, string])),
    runs: 10,
    warmup: 2,
  },
  {
    name: `replaceInDocument: replace all over ${PARAGRAPHS.toLocaleString("en")} ¶`,
    size: `${PARAGRAPHS.toLocaleString("en")} ¶ + revisions`,
    run: replaceAll,
    runs: 10,
    warmup: 2,
    reference: REFERENCE,
    target: 1000,
  },
];
