import "server-only";
import { createHash } from "node:crypto";
import { isUniqueViolation } from "../map-rows";
import { prisma } from "../db";

const idOf = (request: string) => createHash("sha256").update(request).digest("hex");

/** The translation stored for this request key (lib/core/mt/cache-key.ts), or null. */
export async function readMtCache(request: string): Promise<string | null> {
  const row = await prisma.mtCacheEntry.findUnique({ where: { id: idOf(request) }, select: { request: true, text: true } });
  return row && row.request === request ? row.text : null;
}

/** Which of these request keys are cached. */
export async function cachedMtKeys(requests: readonly string[]): Promise<Set<string>> {
  const ids = new Map(requests.map((request) => [idOf(request), request]));
  const found = new Set<string>();
  const list = [...ids.keys()];
  for (let i = 0; i < list.length; i += 500) {
    const rows = await prisma.mtCacheEntry.findMany({ where: { id: { in: list.slice(i, i + 500) } }, select: { id: true, request: true } });
    for (const row of rows) if (ids.get(row.id) === row.request) found.add(row.request);
  }
  return found;
}

export async function writeMtCache(request: string, text: string): Promise<void> {
  const id = idOf(request);
  try {
    await prisma.mtCacheEntry.upsert({ where: { id }, create: { id, request, text }, update: { text } });
  } catch (error) {
    // Two requests for the same paragraph finished together: the first one's text is as good.
    if (!isUniqueViolation(error)) throw error;
  }
}
