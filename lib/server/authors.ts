import "server-only";
import type { CurrentUser } from "./auth/current-user";
import { prisma } from "./db";

/** What a change records as its author: the user's id in team mode, "web" for local mode's one user (as before accounts). */
export function authorOf(user: CurrentUser): string {
  return user.isLocal ? "web" : user.id;
}

/**
 * The names of the authors given that are users (team mode); other authors ("web", "review", "import",
 * "cli", "") have none and are left out, so the UI says what they were as before.
 */
export async function findAuthorNames(authors: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(authors)].filter((author) => author !== "" && !NOT_USERS.has(author));
  if (ids.length === 0) return new Map();
  const users = await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } });
  return new Map(users.map((user) => [user.id, user.name || user.email]));
}

const NOT_USERS = new Set(["web", "review", "import", "cli", "mt"]);

/** Everyone who can be named as an author or a mention: team mode's users, by name. */
export async function findPeople(): Promise<{ id: string; name: string }[]> {
  const users = await prisma.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, email: true } });
  return users.map((user) => ({ id: user.id, name: user.name || user.email }));
}
