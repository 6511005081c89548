/**
 * Runs `work` on every item with at most `limit` at a time, in order of the items. Once `signal` is
 * aborted no new item starts (those running see the same signal); the promise settles when all started
 * items have.
 */
export async function runPool<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>, signal?: AbortSignal): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length && !signal?.aborted) {
      const index = next++;
      await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}
