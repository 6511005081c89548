// A fixed window of attempts: at most `max` within `windowMs` of the window's first attempt.

export type AttemptRule = { max: number; windowMs: number };
export type AttemptWindow = { count: number; startedAt: number };

export type AttemptVerdict = { allowed: true; next: AttemptWindow } | { allowed: false; retryAfterSeconds: number };

/** Whether one more attempt is allowed now, and the window to store if it is. */
export function decideAttempt(current: AttemptWindow | null, now: number, rule: AttemptRule): AttemptVerdict {
  if (!current || now - current.startedAt >= rule.windowMs) return { allowed: true, next: { count: 1, startedAt: now } };
  if (current.count >= rule.max) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((current.startedAt + rule.windowMs - now) / 1000)) };
  return { allowed: true, next: { count: current.count + 1, startedAt: current.startedAt } };
}
