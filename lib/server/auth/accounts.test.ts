import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { acceptInvitation, createFirstOwner } from "./accept-invitation";
import { claimInvitation, createInvitation, LINK_LIFETIME_MS } from "./invitations";
import { consumeSignInAttempt } from "./sign-in-attempts";
import { addUser, listUsers, removeUser } from "./users";

// The account data layer on the real test database (SQLite, or PostgreSQL with the pg test run).

const PASSWORD = "a long enough pass phrase";

async function credentialHash(email: string): Promise<string | null | undefined> {
  const user = await prisma.user.findUniqueOrThrow({ where: { email }, include: { accounts: true } });
  return user.accounts.find((account) => account.providerId === "credential")?.password;
}

describe("accounts", () => {
  it("an invitation makes one account with its role and a hashed password, once", async () => {
    const { token } = await createInvitation({ role: "member", email: "New.Member@Example.org" });
    await expect(acceptInvitation({ token, name: "New", email: "ignored@example.org", password: "short" })).rejects.toMatchObject({ code: "PASSWORD_TOO_SHORT" });
    await expect(acceptInvitation({ token, name: "New", email: "", password: PASSWORD })).resolves.toEqual({ email: "new.member@example.org" });
    const hash = await credentialHash("new.member@example.org");
    expect(hash).not.toContain(PASSWORD);
    expect(await verifyPassword({ hash: hash!, password: PASSWORD })).toBe(true);
    expect((await listUsers()).find((user) => user.email === "new.member@example.org")).toMatchObject({ role: "member", name: "New", hasPassword: true });
    await expect(acceptInvitation({ token, name: "Again", email: "", password: PASSWORD })).rejects.toMatchObject({ code: "INVITATION_INVALID" });
  });

  it("an open invitation takes the invitee's email, but not one that has an account", async () => {
    const { token } = await createInvitation({ role: "owner" });
    await addUser({ email: "taken@example.org", role: "member" });
    await expect(acceptInvitation({ token, name: "", email: "taken@example.org", password: PASSWORD })).rejects.toMatchObject({ code: "EMAIL_TAKEN" });
    await expect(acceptInvitation({ token, name: "", email: "not an email", password: PASSWORD })).rejects.toMatchObject({ code: "INVALID_EMAIL" });
    await expect(acceptInvitation({ token, name: "", email: "second.owner@example.org", password: PASSWORD })).resolves.toEqual({ email: "second.owner@example.org" });
    expect((await listUsers()).find((user) => user.email === "second.owner@example.org")?.role).toBe("owner");
  });

  it("an expired or unknown link does not work; a link is claimed only once even when raced", async () => {
    const past = new Date(Date.now() - LINK_LIFETIME_MS - 1000);
    const expired = await createInvitation({ role: "member", now: past });
    await expect(acceptInvitation({ token: expired.token, name: "", email: "late@example.org", password: PASSWORD })).rejects.toMatchObject({ code: "INVITATION_INVALID" });
    await expect(acceptInvitation({ token: "made-up", name: "", email: "x@example.org", password: PASSWORD })).rejects.toMatchObject({ code: "INVITATION_INVALID" });
    const { token } = await createInvitation({ role: "member" });
    const results = await Promise.allSettled([claimInvitation(token), claimInvitation(token), claimInvitation(token)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  });

  it("a set-password link (users add) gives an existing user a password and ends their sessions", async () => {
    const user = await addUser({ email: "cli.owner@example.org", role: "owner" });
    await prisma.session.create({ data: { id: "s1", token: "t1", userId: user.id, expiresAt: new Date(Date.now() + 60_000) } });
    const { token } = await createInvitation({ role: "owner", userId: user.id });
    await expect(acceptInvitation({ token, name: "CLI Owner", email: "someone.else@example.org", password: PASSWORD })).resolves.toEqual({ email: "cli.owner@example.org" });
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await verifyPassword({ hash: (await credentialHash("cli.owner@example.org"))!, password: PASSWORD })).toBe(true);
    const owners = await prisma.user.findMany({ where: { role: "owner" } });
    for (const other of owners.filter((owner) => owner.id !== user.id)) await prisma.user.update({ where: { id: other.id }, data: { role: "member" } });
    await expect(removeUser("cli.owner@example.org")).rejects.toMatchObject({ code: "LAST_OWNER" });
    for (const other of owners) await prisma.user.update({ where: { id: other.id }, data: { role: "owner" } });
    await removeUser("CLI.Owner@example.org");
    expect(await prisma.account.count({ where: { userId: user.id } })).toBe(0);
  });

  it("the first owner only while nobody has an account", async () => {
    const count = await prisma.user.count();
    if (count === 0) await createFirstOwner({ name: "First", email: "first@example.org", password: PASSWORD });
    await expect(createFirstOwner({ name: "Late", email: "late.owner@example.org", password: PASSWORD })).rejects.toMatchObject({ code: "SETUP_DONE" });
  });

  it("counts sign-in attempts per account in the database", async () => {
    const now = Date.now();
    for (let i = 0; i < 10; i++) expect((await consumeSignInAttempt("Target@Example.org", now + i)).allowed).toBe(true);
    expect(await consumeSignInAttempt("target@example.org", now + 20)).toMatchObject({ allowed: false });
    expect((await consumeSignInAttempt("other@example.org", now + 20)).allowed).toBe(true);
  });
});
