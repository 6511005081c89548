import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./current-user";

/** A page's first line: the signed-in user, else a redirect to sign-in that comes back here. Local mode: the local user. */
export async function requirePageUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  // proxy.ts passes the path asked for (pages do not otherwise know their own URL).
  const asked = (await headers()).get("x-duizhao-path") ?? "/";
  redirect(`/sign-in?next=${encodeURIComponent(asked)}`);
}
