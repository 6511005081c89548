import type { Progress, SegmentStatus } from "./model";

const DONE: ReadonlySet<SegmentStatus> = new Set(["translated", "reviewed"]);

/** Counts segments that are translated or reviewed; percent is rounded down so 100 means all. */
export function computeProgress(statuses: Iterable<{ status: SegmentStatus; count: number }>): Progress {
  let total = 0;
  let translated = 0;
  for (const { status, count } of statuses) {
    total += count;
    if (DONE.has(status)) translated += count;
  }
  const percent = total === 0 ? 0 : Math.floor((translated * 100) / total);
  return { total, translated, percent };
}
