export type RetryPolicy = { maxAttempts: number; baseMs: number; capMs: number; maxRetryAfterMs: number };

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseMs: 500, capMs: 20_000, maxRetryAfterMs: 120_000 };

/** 429 and 5xx are worth retrying, and so is no answer at all (status 0); any other 4xx is not. */
export function isRetryable(status: number): boolean {
  return status === 0 || status === 429 || status >= 500;
}

/** Retry-After as milliseconds: seconds, or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null || value.trim() === "") return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * How long to wait before attempt `attempt + 1` (attempt counts from 1), or null to give up: full jitter
 * over an exponential backoff, or the server's Retry-After when it gives one (capped).
 */
export function retryDelay(
  attempt: number,
  failure: { status: number; retryAfter: string | null },
  { now = Date.now(), random = Math.random, policy = DEFAULT_RETRY }: { now?: number; random?: () => number; policy?: RetryPolicy } = {},
): number | null {
  if (attempt >= policy.maxAttempts || !isRetryable(failure.status)) return null;
  const told = parseRetryAfter(failure.retryAfter, now);
  if (told !== null) return Math.min(told, policy.maxRetryAfterMs);
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
