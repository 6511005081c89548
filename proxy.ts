import { networkInterfaces } from "node:os";
import { NextResponse, type NextRequest } from "next/server";
import { allowedHosts } from "@/lib/core/http/allowed-hosts";
import { checkRequest } from "@/lib/core/http/check-request";
import { contentSecurityPolicy, SECURITY_HEADERS } from "@/lib/core/http/content-security-policy";
import { isPublicPath } from "@/lib/core/team/public-paths";
import { isTeamMode } from "@/lib/core/team/team-mode";

// Runs before every request, static files and server actions included (no matcher): the Host and
// Origin checks of lib/core/http/check-request.ts, then a fresh CSP nonce and the security headers.
// Team mode: a request without a session cookie gets no further than sign-in (pages) or a 401 (routes).
// Only the cookie's presence is checked here; requireUser / requirePageUser check the session itself in
// every action, route and page. Server actions go on to that check, so that the page that called one
// gets UNAUTHENTICATED as its answer (the editor then keeps the text and says to sign in again).

const ALLOWED = allowedHosts({
  configured: process.env.DUIZHAO_ALLOWED_HOSTS,
  // scripts/serve-common.mjs sets HOSTNAME to the address it makes Next listen on.
  listenHost: process.env.HOSTNAME,
  interfaceAddresses: Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((entry) => entry.address)),
});
const IS_DEV = process.env.NODE_ENV === "development";
const TEAM_MODE = isTeamMode({ flag: process.env.DUIZHAO_TEAM, listenHost: process.env.DUIZHAO_LISTEN_HOST });
const PUBLIC_FILES = new Set(["/icon.svg", "/favicon.ico", "/robots.txt"]);
const SESSION_COOKIES = ["better-auth.session_token", "__Secure-better-auth.session_token"];

/** Team mode, no session cookie, not a public page nor a static file: where to send the request instead. */
function strangerAnswer(request: NextRequest): NextResponse | null {
  const { pathname, search } = request.nextUrl;
  if (!TEAM_MODE || isPublicPath(pathname) || pathname.startsWith("/_next/") || PUBLIC_FILES.has(pathname)) return null;
  if (SESSION_COOKIES.some((name) => request.cookies.has(name)) || request.headers.has("next-action")) return null;
  if (pathname.startsWith("/api/") || (request.method !== "GET" && request.method !== "HEAD")) {
    return NextResponse.json({ ok: false, code: "UNAUTHENTICATED" }, { status: 401, headers: { "Cache-Control": "no-store" } });
  }
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("next", `${pathname}${search}`);
  return NextResponse.redirect(signIn, 307);
}

function withSecurityHeaders(response: NextResponse, csp: string): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy({ nonce, isDev: IS_DEV });
  const verdict = checkRequest(
    {
      method: request.method,
      host: request.headers.get("host"),
      origin: request.headers.get("origin"),
      secFetchSite: request.headers.get("sec-fetch-site"),
      forwardedHost: request.headers.get("x-forwarded-host"),
    },
    ALLOWED,
  );
  if (!verdict.ok) {
    const refusal = new NextResponse(verdict.message, { status: verdict.status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    return withSecurityHeaders(refusal, csp);
  }
  const refusal = strangerAnswer(request);
  if (refusal) return withSecurityHeaders(refusal, csp);
  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  // requirePageUser's way back after sign-in (set here, so never the client's own value).
  headers.set("x-duizhao-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return withSecurityHeaders(NextResponse.next({ request: { headers } }), csp);
}
