import "server-only";
import { betterAuth, type BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/core/team/password-rules";
import { isPostgresUrl, prisma } from "@/lib/server/db";
import { authSecret } from "./auth-secret";
import { consumeSignInAttempt } from "./sign-in-attempts";

const DAY_SECONDS = 24 * 60 * 60;

async function createAuth(secret: string) {
  return betterAuth({
    appName: "Duizhao",
    secret,
    // The Host header was already checked against the allowed hosts by proxy.ts.
    baseURL: { allowedHosts: ["*"], protocol: "auto" },
    database: prismaAdapter(prisma, { provider: isPostgresUrl(process.env.DATABASE_URL ?? "") ? "postgresql" : "sqlite" }),
    emailAndPassword: {
      enabled: true,
      // Accounts come from invitations, the CLI or the first-run page, never from a public sign-up.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      revokeSessionsOnPasswordReset: true,
    },
    user: { additionalFields: { role: { type: "string", required: false, defaultValue: "member", input: false } } },
    session: { expiresIn: 30 * DAY_SECONDS, updateAge: DAY_SECONDS },
    // In the database, so that every app server counts the same attempts: 10 sign-ins a minute per
    // address, and (the hook below) 10 per quarter of an hour per account.
    rateLimit: { enabled: true, storage: "database", window: 60, max: 100, customRules: { "/sign-in/email": { window: 60, max: 10 } } },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const email: unknown = ctx.body?.email;
        if (typeof email !== "string") return;
        const verdict = await consumeSignInAttempt(email);
        if (!verdict.allowed) {
          throw new APIError("TOO_MANY_REQUESTS", { message: "Too many sign-in attempts for this account." }, { "X-Retry-After": String(verdict.retryAfterSeconds) });
        }
      }),
    },
    telemetry: { enabled: false },
    plugins: [nextCookiesKeepingEndedSessions()],
  });
}

/**
 * nextCookies, except that a session get-session finds ended (revoked elsewhere, expired) keeps its cookie
 * when checked from server code. Next refreshes the page after any cookie written in a server action, and
 * that refresh would take an open editor to sign-in in the middle of typing (an editor's presence report
 * is often the first action after "Sign out everywhere"); instead the action answers UNAUTHENTICATED and
 * the editor keeps the text until its user signs in again. The stale cookie finds no session anyway.
 */
function nextCookiesKeepingEndedSessions(): BetterAuthPlugin {
  const plugin = nextCookies();
  const isEndedSession = (ctx: { path?: string; context: { responseHeaders?: Headers } }) =>
    ctx.path === "/get-session" && /max-age=0/i.test(ctx.context.responseHeaders?.get("set-cookie") ?? "");
  return { ...plugin, hooks: { ...plugin.hooks, after: plugin.hooks.after.map((hook) => ({ ...hook, matcher: (ctx) => hook.matcher(ctx) && !isEndedSession(ctx) })) } };
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;

const cache = globalThis as unknown as { duizhaoAuth?: Promise<Auth> };

/** The process-wide better-auth instance (made on first use: its secret may come from the database). */
export function getAuth(): Promise<Auth> {
  return (cache.duizhaoAuth ??= authSecret().then(createAuth));
}
