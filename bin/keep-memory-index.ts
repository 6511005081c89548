/**
 * Makes this run load the memory index saved by the previous one (and save it again when it changed),
 * instead of building it from every memory row. Call before the first memory lookup.
 */
export async function keepMemoryIndex(): Promise<void> {
  const [{ persistMemoryIndex }, { fileMemoryPersistence, savedMemoryFile }] = await Promise.all([import("@/lib/server/memory-cache"), import("@/lib/server/saved-memory")]);
  const file = savedMemoryFile(process.env.DATABASE_URL ?? "", process.env.DUIZHAO_ROOT ?? process.cwd());
  if (file) persistMemoryIndex(await fileMemoryPersistence(file));
}
