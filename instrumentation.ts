// Runs once when the server starts: the translation memory index is loaded from the file the last run
// saved (or built, the first time) in the background, so the first paragraph a translator opens does
// not wait for it (lib/server/memory-cache.ts, lib/server/saved-memory.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ warmMemoryIndex }, { keepMemoryIndexInFile, SERVER_SAVE_INTERVAL_MS }] = await Promise.all([import("@/lib/server/memory-cache"), import("@/lib/server/saved-memory")]);
  await keepMemoryIndexInFile({ root: process.cwd(), minIntervalMs: SERVER_SAVE_INTERVAL_MS });
  warmMemoryIndex();
}
