import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/server/db";

const KEY = "authSecret";

/**
 * The key that signs session cookies: DUIZHAO_AUTH_SECRET when set, else one made at first use and kept
 * in the database, so that every app server on one database signs alike and a restart signs no one out.
 */
export async function authSecret(): Promise<string> {
  const configured = process.env.DUIZHAO_AUTH_SECRET?.trim();
  if (configured) return configured;
  const existing = await prisma.setting.findUnique({ where: { key: KEY } });
  if (existing) return existing.value;
  // Two servers starting together: the first write wins, both read it back.
  await prisma.setting.createMany({ data: [{ key: KEY, value: randomBytes(32).toString("base64url") }] }).catch(() => undefined);
  const stored = await prisma.setting.findUniqueOrThrow({ where: { key: KEY } });
  return stored.value;
}
