import "server-only";
import { headers } from "next/headers";
import { isLoopbackChain, isLoopbackHost } from "@/lib/core/team/team-mode";
import { countUsers } from "./users";

/**
 * The first-run page works while nobody has an account, on a server listening on loopback only, for a
 * request whose forwarded chain is all loopback (Next fills X-Forwarded-For with the socket's address;
 * a local reverse proxy appends the real client's). Anywhere else: `npx duizhao users add`.
 */
export async function isFirstRunOpen(): Promise<boolean> {
  if (!isLoopbackHost(process.env.DUIZHAO_LISTEN_HOST ?? "127.0.0.1")) return false;
  if (!isLoopbackChain((await headers()).get("x-forwarded-for"))) return false;
  return (await countUsers()) === 0;
}
