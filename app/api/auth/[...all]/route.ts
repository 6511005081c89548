import { getAuth } from "@/lib/server/auth/auth";
import { TEAM_MODE } from "@/lib/server/auth/team-mode";

export const dynamic = "force-dynamic";

// better-auth's own endpoints (sign-in, sign-out, revoke sessions…), public by nature; rate-limited by it.
// Local mode has no accounts: nothing to answer.
async function handle(request: Request): Promise<Response> {
  if (!TEAM_MODE) return Response.json({ code: "NOT_FOUND" }, { status: 404 });
  return (await getAuth()).handler(request);
}

export { handle as GET, handle as POST };
