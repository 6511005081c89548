import "server-only";
import { randomUUID } from "node:crypto";
import { decideAttempt, type AttemptRule, type AttemptVerdict } from "@/lib/core/team/attempt-window";
import { prisma } from "@/lib/server/db";

/**
 * Sign-in attempts per account, beside better-auth's per-address limit: without a reverse proxy the
 * client's address comes from X-Forwarded-For, which a client can set itself, so guessing one account's
 * password from many "addresses" is still held to this pace. Shared by every app server (the database).
 */
export const ACCOUNT_SIGN_IN_RULE: AttemptRule = { max: 10, windowMs: 15 * 60 * 1000 };

export async function consumeSignInAttempt(email: string, now = Date.now()): Promise<AttemptVerdict> {
  const key = `sign-in-account:${email.trim().toLowerCase()}`;
  const row = await prisma.rateLimit.findUnique({ where: { key } });
  const verdict = decideAttempt(row ? { count: row.count, startedAt: Number(row.lastRequest) } : null, now, ACCOUNT_SIGN_IN_RULE);
  if (!verdict.allowed) return verdict;
  const data = { count: verdict.next.count, lastRequest: BigInt(verdict.next.startedAt) };
  await prisma.rateLimit.upsert({ where: { key }, create: { id: randomUUID(), key, ...data }, update: data });
  return verdict;
}
