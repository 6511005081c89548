import "server-only";
import { headers } from "next/headers";
import { getAuth } from "./auth";

/** Signs this browser in right after its password was set (better-auth's nextCookies plugin sets the cookie). */
export async function startSession(email: string, password: string): Promise<void> {
  const auth = await getAuth();
  await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
}
