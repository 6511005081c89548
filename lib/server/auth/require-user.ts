import "server-only";
import { DomainError } from "@/lib/core/errors";
import { getCurrentUser, type CurrentUser } from "./current-user";

/**
 * The gate of every server action and route: the signed-in user (from the session, never from what the
 * client sends), or UNAUTHENTICATED. In local mode, the local user. `role: "owner"` also refuses members.
 */
export async function requireUser(options: { role?: "owner" } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new DomainError("UNAUTHENTICATED");
  if (options.role === "owner" && user.role !== "owner") throw new DomainError("FORBIDDEN");
  return user;
}
