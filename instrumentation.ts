// Runs once when the server starts: the translation memory index is loaded from the file the last run
// saved (or built, the first time) in the background, so the first paragraph a translator opens does
// not wait for it (lib/server/memory-cache.ts, lib/server/saved-memory.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ warmMemoryIndex }, { keepMemoryIndexInFile, SERVER_SAVE_INTERVAL_MS }] = await Promise.all([import("@/lib/server/memory-cache"), import("@/lib/server/saved-memory")]);
  await keepMemoryIndexInFile({ root: process.cwd(), minIntervalMs: SERVER_SAVE_INTERVAL_MS });
  warmMemoryIndex();
  // Several app servers on one PostgreSQL: hear the others' live events (and who is where) from the start.
  const { endStreams, startListening } = await import("@/lib/server/live/live-bus");
  const { keepPresence } = await import("@/lib/server/live/presence-registry");
  const { invalidateMemoryOnChanges } = await import("@/lib/server/live/memory-invalidation");
  keepPresence();
  invalidateMemoryOnChanges();
  void startListening();
  // Next waits for open connections before it exits: an editor's live stream would hold it forever.
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, endStreams);
}
