import "server-only";
import { loadMatchKey } from "@/lib/core/convert/match-key";
import { MemoryIndex } from "@/lib/core/memory/memory-index";
import type { SavedMemoryStore } from "@/lib/core/memory/memory-store";
import { memoryUnitsOf } from "@/lib/core/memory/memory-units-of";
import { prisma } from "./db";

// The translation memory is an in-memory character-bigram index (lib/core/memory), built from the
// database on first use and brought up to date before every lookup. The database stays the only
// truth: the CLI, another app instance or this one may have written since. Every write that changes
// a paragraph also stamps its Document's updatedAt (save, split, join, re-cleanup, import back), and
// imported memories never change after import, so the check before a lookup is two small queries
// (documents' ids and stamps, memories' ids and creation times); only changed documents are read again, and within them
// only the paragraphs whose own stamp or position moved.
//
// Why in memory and not a bigram table through Prisma: a persisted posting table (≈40 bigram rows per
// unit, millions of rows at 100,000 paragraphs) would be many times the rows to read at start-up, and
// each lookup would read thousands of postings from the database instead of memory.
//
// Decision of issue 20 (bench/memory-load.bench.ts and bench/memory.bench.ts, `npm run bench -- memory`):
// the 100,000-paragraph cold load took 51 s, of which reading the rows 0.7 s. A profile put the rest in
// the postings (one JS array per bigram and length class, 1.4 µs per posting: 16 s), the OpenCC keys
// through the mapped conversion (4 s) and sentence splitting (2 s). Each was made fast where it is
// (lib/core/memory/bigram-postings.ts: lists packed in one Int32Array by a counting pass; match-key.ts:
// keys by a string-only conversion; split-sentences.ts), which brings the cold load to 5–8 s (2 shared cores at load 3–7; 48.7 s before). Not
// chosen: a column of normalised keys beside the text would save only the 0.25 s the keys now take, for
// a migration on both databases and every write that changes a source keeping it right; a worker thread
// shortens nothing on 2 cores, lookups would wait for it all the same, and the build already yields to
// other requests between documents. Every process keeps the index in a file between runs
// (saved-memory.ts): the CLI, which starts a new process at every command, and the server, whose start
// then reads the file and the stamps instead of every row — 100,000 paragraphs are ready in about 1 s
// instead of 4.5–5.5 s (bench/memory-load.bench.ts measures both in a new process). The build from
// nothing is left for a new database; the server saves after it, then at most every 15 minutes while
// saves change the index (serialising 100,000 paragraphs blocks for about half a second).

/** Only a finished translation is memory: drafts (e.g. from pre-translation) must not feed themselves. */
export const MEMORY_STATUSES = ["translated", "reviewed"];

type KnownSegment = { updatedAt: number; position: number; version: number };
type KnownDocument = { updatedAt: number; title: string; segments: Map<number, KnownSegment> };

/** An imported memory as loaded: name and creation time tell it from another with the same id (a restored database), its groups remove it. */
type KnownMemory = { stamp: string; groups: string[] };

type MemoryState = {
  index: MemoryIndex;
  documents: Map<number, KnownDocument>;
  memories: Map<number, KnownMemory>;
  /** Serialises refreshes: two lookups arriving together must not read and apply the same change twice. */
  queue: Promise<unknown>;
  /** Grows whenever a refresh applied something (the state is then worth saving again). */
  changes: number;
  /** When the state was last saved or loaded (ms since the epoch); 0 for a state built from nothing. */
  savedAt: number;
  /** Where it is saved: the persistence set when it was created. */
  persistence?: MemoryPersistence;
};

/** The state as data: what the CLI keeps on disk between runs (lib/server/saved-memory.ts). Documents by column (see SavedMemoryStore). */
export type SavedMemoryState = { documents: SavedDocuments; memories: Map<number, KnownMemory>; index: SavedMemoryStore };

type SavedDocuments = {
  ids: Int32Array;
  updatedAt: Float64Array;
  titles: string[];
  /** Document i's paragraphs are segmentIds[ends[i − 1] … ends[i]), and so on. */
  ends: Int32Array;
  segmentIds: Int32Array;
  segmentUpdatedAt: Float64Array;
  positions: Int32Array;
  versions: Int32Array;
};

function savedDocuments(documents: Map<number, KnownDocument>): SavedDocuments {
  const known = [...documents];
  const segments = known.flatMap(([, document]) => [...document.segments]);
  let end = 0;
  return {
    ids: Int32Array.from(known, ([id]) => id),
    updatedAt: Float64Array.from(known, ([, document]) => document.updatedAt),
    titles: known.map(([, document]) => document.title),
    ends: Int32Array.from(known, ([, document]) => (end += document.segments.size)),
    segmentIds: Int32Array.from(segments, ([id]) => id),
    segmentUpdatedAt: Float64Array.from(segments, ([, segment]) => segment.updatedAt),
    positions: Int32Array.from(segments, ([, segment]) => segment.position),
    versions: Int32Array.from(segments, ([, segment]) => segment.version),
  };
}

function restoredDocuments(saved: SavedDocuments): Map<number, KnownDocument> {
  const documents = new Map<number, KnownDocument>();
  saved.ids.forEach((id, i) => {
    const segments = new Map<number, KnownSegment>();
    for (let s = i === 0 ? 0 : saved.ends[i - 1]; s < saved.ends[i]; s++) {
      segments.set(saved.segmentIds[s], { updatedAt: saved.segmentUpdatedAt[s], position: saved.positions[s], version: saved.versions[s] });
    }
    documents.set(id, { updatedAt: saved.updatedAt[i], title: saved.titles[i], segments });
  });
  return documents;
}

/**
 * How the state is kept between processes (lib/server/saved-memory.ts): the CLI saves after every run
 * that changed it; a server, which changes it at every save, at most once per `minIntervalMs` (a state
 * built from nothing is saved at once).
 */
export type MemoryPersistence = {
  load: () => SavedMemoryState | null;
  save: (state: SavedMemoryState) => void;
  minIntervalMs?: number;
};

export const segmentGroup = (segmentId: number) => `seg:${segmentId}`;
const entryGroup = (memoryId: number, entryId: number) => `tmx:${memoryId}:${entryId}`;

// On globalThis: Next may evaluate this module more than once in one process.
const cache = globalThis as unknown as { duizhaoMemory?: Promise<MemoryState>; duizhaoMemoryPersistence?: MemoryPersistence };

async function createState(): Promise<MemoryState> {
  const matchKey = await loadMatchKey();
  const persistence = cache.duizhaoMemoryPersistence;
  const saved = persistence?.load();
  if (saved) {
    return { index: new MemoryIndex(matchKey, saved.index), documents: restoredDocuments(saved.documents), memories: saved.memories, queue: Promise.resolve(), changes: 0, savedAt: Date.now(), persistence };
  }
  // A first build is a change: it is worth saving.
  return { index: new MemoryIndex(matchKey), documents: new Map(), memories: new Map(), queue: Promise.resolve(), changes: 1, savedAt: 0, persistence };
}

/**
 * Keeps the index between processes (the CLI, which would otherwise build it at every run): it is
 * loaded from `persistence` instead of built, brought up to date as always, and saved after a run that
 * changed it. Set before the first use.
 */
export function persistMemoryIndex(persistence: MemoryPersistence | null): void {
  cache.duizhaoMemoryPersistence = persistence ?? undefined;
}

/**
 * The process-wide memory index, current with the database: `use` runs with it once every change
 * committed before the call has been applied. Calls are serialised.
 */
export async function withMemoryIndex<T>(use: (index: MemoryIndex) => T | Promise<T>): Promise<T> {
  const state = await (cache.duizhaoMemory ??= createState().catch((error) => {
    cache.duizhaoMemory = undefined;
    throw error;
  }));
  const run = state.queue.then(async () => {
    await refresh(state);
    return use(state.index);
  });
  // Saved once the caller has its answer (a lookup does not wait for the file), before the next refresh.
  state.queue = run.catch(() => undefined).then(() => new Promise<void>((resolve) => setImmediate(() => resolve(saveIfDue(state)))));
  return run;
}

function saveIfDue(state: MemoryState): void {
  const { persistence } = state;
  if (!persistence || state.changes === 0 || Date.now() - state.savedAt < (persistence.minIntervalMs ?? 0)) return;
  persistence.save({ documents: savedDocuments(state.documents), memories: state.memories, index: state.index.saved() });
  state.changes = 0;
  state.savedAt = Date.now();
}

/** Resolves once the lookups made so far, and the saves after them, are done. */
export async function memoryIndexIdle(): Promise<void> {
  const state = await cache.duizhaoMemory;
  await state?.queue;
}

/** Starts building the index without waiting for it (server start); a failure is logged, the next lookup retries. */
export function warmMemoryIndex(): void {
  withMemoryIndex(() => undefined).catch((error) => console.error("[memory] could not build the translation memory index", error));
}

/**
 * Makes the next refresh compare a document's paragraphs even if its stamp has not moved: a write by
 * another app server (told through the live bus) can share its millisecond stamp with one already seen.
 */
export function markDocumentChanged(documentId: number): void {
  void cache.duizhaoMemory
    ?.then((state) => {
      const known = state.documents.get(documentId);
      if (known) known.updatedAt = Number.NaN;
    })
    .catch(() => undefined);
}

/** Forgets the index (tests, and a bench measuring a cold start). */
export function resetMemoryIndex(): void {
  cache.duizhaoMemory = undefined;
}

async function refresh(state: MemoryState): Promise<void> {
  const [documents, memories] = await Promise.all([
    prisma.document.findMany({ select: { id: true, updatedAt: true, title: true } }),
    prisma.translationMemory.findMany({ select: { id: true, name: true, createdAt: true } }),
  ]);
  const seen = new Set<number>();
  for (const document of documents) {
    seen.add(document.id);
    const known = state.documents.get(document.id);
    if (known && known.updatedAt === document.updatedAt.getTime() && known.title === document.title) continue;
    state.changes++;
    await refreshDocument(state, document, known);
  }
  for (const [id, known] of state.documents) {
    if (seen.has(id)) continue;
    state.changes++;
    for (const segmentId of known.segments.keys()) state.index.removeGroup(segmentGroup(segmentId));
    state.documents.delete(id);
  }
  const present = new Map(memories.map((memory) => [memory.id, memoryStamp(memory)]));
  for (const [id, { stamp, groups }] of state.memories) {
    if (present.get(id) === stamp) continue;
    state.changes++;
    for (const group of groups) state.index.removeGroup(group);
    state.memories.delete(id);
  }
  for (const memory of memories) {
    if (state.memories.has(memory.id)) continue;
    state.changes++;
    await loadMemory(state, memory);
  }
  state.index.settle();
}

const memoryStamp = (memory: { name: string; createdAt: Date }) => `${memory.createdAt.getTime()} ${memory.name}`;

type DocumentStamp = { id: number; updatedAt: Date; title: string };

async function refreshDocument(state: MemoryState, document: DocumentStamp, known: KnownDocument | undefined): Promise<void> {
  const stampSelect = { id: true, updatedAt: true, position: true, version: true } as const;
  const select = { id: true, position: true, source: true, target: true } as const;
  // A document seen for the first time is read whole in one query, stamps and memory rows together
  // (a second query of 100,000 rows, or a list of their ids, cost more than the texts it leaves out).
  const whole = known ? null : await prisma.segment.findMany({ where: { documentId: document.id }, select: { ...stampSelect, ...select, status: true } });
  const stamps = whole ?? (await prisma.segment.findMany({ where: { documentId: document.id }, select: stampSelect }));
  const isRenamed = known !== undefined && known.title !== document.title;
  const segments = new Map<number, KnownSegment>();
  const changed: number[] = [];
  for (const stamp of stamps) {
    const now = { updatedAt: stamp.updatedAt.getTime(), position: stamp.position, version: stamp.version };
    segments.set(stamp.id, now);
    const before = known?.segments.get(stamp.id);
    if (isRenamed || !before || before.updatedAt !== now.updatedAt || before.position !== now.position || before.version !== now.version) changed.push(stamp.id);
  }
  for (const segmentId of known?.segments.keys() ?? []) if (!segments.has(segmentId)) state.index.removeGroup(segmentGroup(segmentId));
  // Otherwise only changed memory rows are read in full; a changed row that is no longer memory leaves the index.
  const rows: { id: number; position: number; source: string; target: string }[] = whole?.filter((row) => MEMORY_STATUSES.includes(row.status) && row.target !== "") ?? [];
  for (let i = 0; !whole && i < changed.length; i += CHUNK) {
    rows.push(
      ...(await prisma.segment.findMany({
        where: { id: { in: changed.slice(i, i + CHUNK) }, status: { in: MEMORY_STATUSES }, NOT: { target: "" } },
        select,
      })),
    );
  }
  const memoryIds = new Set(rows.map((row) => row.id));
  for (const segmentId of changed) if (!memoryIds.has(segmentId) && known?.segments.has(segmentId)) state.index.removeGroup(segmentGroup(segmentId));
  for (const row of rows) {
    const group = segmentGroup(row.id);
    const origin = { kind: "document", documentId: document.id, documentTitle: document.title, segmentId: row.id, position: row.position } as const;
    state.index.replaceGroup(group, memoryUnitsOf({ group, source: row.source, target: row.target, origin }));
  }
  state.documents.set(document.id, { updatedAt: document.updatedAt.getTime(), title: document.title, segments });
}

// Below SQLite's bound-parameter limit; PostgreSQL takes it as well.
const CHUNK = 5_000;

async function loadMemory(state: MemoryState, memory: { id: number; name: string; createdAt: Date }): Promise<void> {
  const entries = await prisma.memoryEntry.findMany({ where: { memoryId: memory.id }, select: { id: true, source: true, target: true } });
  const origin = { kind: "tmx", memoryId: memory.id, memoryName: memory.name } as const;
  const groups = entries.map((entry) => {
    const group = entryGroup(memory.id, entry.id);
    state.index.replaceGroup(group, memoryUnitsOf({ group, source: entry.source, target: entry.target, origin }));
    return group;
  });
  state.memories.set(memory.id, { stamp: memoryStamp(memory), groups });
}
