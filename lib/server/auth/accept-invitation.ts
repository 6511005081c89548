import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { DomainError } from "@/lib/core/errors";
import type { GlobalRole } from "@/lib/core/team/roles";
import { prisma } from "@/lib/server/db";
import { claimInvitation, findOpenInvitation } from "./invitations";
import { checkPassword, normalizeEmail, setPassword } from "./users";

type NewAccount = { name: string; email: string; password: string };

/**
 * Uses a one-time link: an invitation makes the account (its email fixed by the inviter, or the one
 * given), a set-password link gives an existing user their password. Returns the email to sign in with.
 */
export async function acceptInvitation(input: NewAccount & { token: string }): Promise<{ email: string }> {
  const invitation = await findOpenInvitation(input.token);
  if (!invitation) throw new DomainError("INVITATION_INVALID");
  if (invitation.userId) {
    const user = await prisma.user.findUnique({ where: { id: invitation.userId } });
    if (!user) throw new DomainError("INVITATION_INVALID");
    checkPassword(input.password, user.email);
    await claimInvitation(input.token);
    if (input.name.trim()) await prisma.user.update({ where: { id: user.id }, data: { name: input.name.trim() } });
    await setPassword(user.id, input.password);
    return { email: user.email };
  }
  const email = invitation.email ?? normalizeEmail(input.email);
  checkPassword(input.password, email);
  if (await prisma.user.findUnique({ where: { email } })) throw new DomainError("EMAIL_TAKEN");
  await claimInvitation(input.token);
  const id = await createUserWithPassword({ ...input, email }, invitation.role);
  if (invitation.project) await prisma.membership.create({ data: { projectId: invitation.project.id, userId: id, role: invitation.project.role } }).catch(() => undefined);
  return { email };
}

/** The first owner, from the first-run page: SETUP_DONE once anyone has an account. */
export async function createFirstOwner(input: NewAccount): Promise<{ email: string }> {
  const email = normalizeEmail(input.email);
  checkPassword(input.password, email);
  if ((await prisma.user.count()) > 0) throw new DomainError("SETUP_DONE");
  await createUserWithPassword({ ...input, email }, "owner");
  return { email };
}

async function createUserWithPassword(input: NewAccount, role: GlobalRole): Promise<string> {
  const id = randomUUID();
  const hash = await hashPassword(input.password);
  const name = input.name.trim() || input.email.split("@")[0] || input.email;
  await prisma.$transaction([
    prisma.user.create({ data: { id, email: input.email, name, role, emailVerified: true } }),
    prisma.account.create({ data: { id: randomUUID(), userId: id, accountId: id, providerId: "credential", password: hash } }),
  ]);
  return id;
}
