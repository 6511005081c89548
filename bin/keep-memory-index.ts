/**
 * Makes this run load the memory index saved by the previous one (and save it again when it changed),
 * instead of building it from every memory row. Call before the first memory lookup.
 */
export async function keepMemoryIndex(): Promise<void> {
  const { keepMemoryIndexInFile } = await import("@/lib/server/saved-memory");
  await keepMemoryIndexInFile({ root: process.env.DUIZHAO_ROOT ?? process.cwd() });
}
