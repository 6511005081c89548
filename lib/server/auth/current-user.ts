import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { isGlobalRole, type GlobalRole } from "@/lib/core/team/roles";
import { getAuth } from "./auth";
import { TEAM_MODE } from "./team-mode";

export type CurrentUser = { id: string; name: string; email: string; role: GlobalRole; isLocal: boolean };

/** Local mode's one user: no account, owner of everything. */
export const LOCAL_USER: CurrentUser = { id: "local", name: "", email: "", role: "owner", isLocal: true };

/** The user of this request, from its session cookie only; null for a stranger. Local mode: the local user. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  if (!TEAM_MODE) return LOCAL_USER;
  const auth = await getAuth();
  const found = await auth.api.getSession({ headers: await headers() });
  if (!found) return null;
  const { id, name, email, role } = found.user as typeof found.user & { role?: unknown };
  return { id, name, email, role: isGlobalRole(role) ? role : "member", isLocal: false };
});
