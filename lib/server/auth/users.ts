import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { DomainError } from "@/lib/core/errors";
import { passwordProblem, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/core/team/password-rules";
import { isGlobalRole, type GlobalRole } from "@/lib/core/team/roles";
import { prisma } from "@/lib/server/db";

export type UserRow = { id: string; email: string; name: string; role: GlobalRole; hasPassword: boolean; createdAt: Date };

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** An email trimmed and lower-cased, or INVALID_EMAIL. */
export function normalizeEmail(email: string): string {
  const value = email.trim().toLowerCase();
  if (!EMAIL.test(value) || value.length > 254) throw new DomainError("INVALID_EMAIL");
  return value;
}

/** PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG or PASSWORD_CONTAINS_EMAIL when the password breaks the rules. */
export function checkPassword(password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new DomainError(problem, { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH });
}

export async function countUsers(): Promise<number> {
  return prisma.user.count();
}

export async function listUsers(): Promise<UserRow[]> {
  const rows = await prisma.user.findMany({ orderBy: { createdAt: "asc" }, include: { accounts: { where: { providerId: "credential" }, select: { id: true } } } });
  return rows.map((row) => ({ id: row.id, email: row.email, name: row.name, role: isGlobalRole(row.role) ? row.role : "member", hasPassword: row.accounts.length > 0, createdAt: row.createdAt }));
}

/** A new user without a password yet (the CLI's `users add`); EMAIL_TAKEN when the email has an account. */
export async function addUser(input: { email: string; role: GlobalRole; name?: string }): Promise<{ id: string; email: string }> {
  const email = normalizeEmail(input.email);
  if (await prisma.user.findUnique({ where: { email } })) throw new DomainError("EMAIL_TAKEN");
  const user = await prisma.user.create({ data: { id: randomUUID(), email, name: input.name?.trim() || email.split("@")[0] || email, role: input.role, emailVerified: true } });
  return { id: user.id, email: user.email };
}

/** The account with this email, or NOT_FOUND. */
export async function findUserByEmail(email: string): Promise<{ id: string; email: string }> {
  const user = await prisma.user.findUnique({ where: { email: normalizeEmail(email) }, select: { id: true, email: true } });
  if (!user) throw new DomainError("NOT_FOUND");
  return user;
}

/** Sets (or replaces) a user's password; their other sessions end, as after any password change. */
export async function setPassword(userId: string, password: string): Promise<void> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  checkPassword(password, user.email);
  const hash = await hashPassword(password);
  const existing = await prisma.account.findFirst({ where: { userId, providerId: "credential" } });
  await prisma.$transaction([
    existing
      ? prisma.account.update({ where: { id: existing.id }, data: { password: hash } })
      : prisma.account.create({ data: { id: randomUUID(), userId, accountId: userId, providerId: "credential", password: hash } }),
    prisma.session.deleteMany({ where: { userId } }),
  ]);
}

/** Removes a user with their sessions (signed out at once) and sign-in; NOT_FOUND when no such email, LAST_OWNER for the only owner. */
export async function removeUser(email: string): Promise<void> {
  const user = await prisma.user.findUnique({ where: { email: normalizeEmail(email) } });
  if (!user) throw new DomainError("NOT_FOUND");
  if (user.role === "owner" && (await prisma.user.count({ where: { role: "owner" } })) === 1) throw new DomainError("LAST_OWNER");
  await prisma.user.delete({ where: { id: user.id } });
}

export function parseRole(value: string | undefined): GlobalRole {
  if (!isGlobalRole(value)) throw new DomainError("INVALID_INPUT");
  return value;
}
