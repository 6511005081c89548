import "server-only";
import { randomUUID } from "node:crypto";
import { DomainError } from "@/lib/core/errors";
import type { GlobalRole } from "@/lib/core/team/roles";
import { isGlobalRole } from "@/lib/core/team/roles";
import { isProjectRole, type ProjectRole } from "@/lib/core/team/project-roles";
import { prisma } from "@/lib/server/db";
import { hashAccessToken, newAccessToken } from "./access-token";

/** How long an invitation or set-password link works. */
export const LINK_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export type OpenInvitation = { id: string; email: string | null; role: GlobalRole; userId: string | null; expiresAt: Date; project: { id: number; role: ProjectRole } | null };

/** A one-time link's token: for a new account with `role` (email fixed or left to the invitee), or for `userId` to set a password. */
export async function createInvitation(input: {
  role: GlobalRole;
  email?: string | null;
  userId?: string | null;
  createdById?: string | null;
  now?: Date;
  /** The project the new user joins, with their role there. */
  project?: { id: number; role: ProjectRole } | null;
}): Promise<{ token: string; expiresAt: Date }> {
  const { token, tokenHash } = newAccessToken();
  const expiresAt = new Date((input.now ?? new Date()).getTime() + LINK_LIFETIME_MS);
  await prisma.invitation.create({
    data: { id: randomUUID(), tokenHash, email: input.email?.trim().toLowerCase() || null, role: input.role, userId: input.userId ?? null, createdById: input.createdById ?? null, expiresAt, projectId: input.project?.id ?? null, projectRole: input.project?.role ?? null },
  });
  return { token, expiresAt };
}

/** The invitation behind a token when it is unused and unexpired, else null. */
export async function findOpenInvitation(token: string, now = new Date()): Promise<OpenInvitation | null> {
  if (!token || token.length > 200) return null;
  const row = await prisma.invitation.findUnique({ where: { tokenHash: hashAccessToken(token) } });
  if (!row || row.usedAt || row.expiresAt <= now) return null;
  const project = row.projectId !== null && isProjectRole(row.projectRole) ? { id: row.projectId, role: row.projectRole } : null;
  return { id: row.id, email: row.email, role: isGlobalRole(row.role) ? row.role : "member", userId: row.userId, expiresAt: row.expiresAt, project };
}

/** What the invitation page shows: the role, the email when fixed (by the inviter, or the user's own), whether it sets a password. */
export async function describeInvitation(token: string): Promise<{ role: GlobalRole; fixedEmail: string | null; setsPassword: boolean } | null> {
  const invitation = await findOpenInvitation(token);
  if (!invitation) return null;
  const user = invitation.userId ? await prisma.user.findUnique({ where: { id: invitation.userId }, select: { email: true } }) : null;
  return { role: invitation.role, fixedEmail: user?.email ?? invitation.email, setsPassword: invitation.userId !== null };
}

/** Marks the invitation used, once: a second use of the same link (or a race) gets INVITATION_INVALID. */
export async function claimInvitation(token: string, now = new Date()): Promise<OpenInvitation> {
  const invitation = await findOpenInvitation(token, now);
  if (!invitation) throw new DomainError("INVITATION_INVALID");
  const { count } = await prisma.invitation.updateMany({ where: { id: invitation.id, usedAt: null }, data: { usedAt: now } });
  if (count !== 1) throw new DomainError("INVITATION_INVALID");
  return invitation;
}
