import { networkInterfaces } from "node:os";
import { NextResponse, type NextRequest } from "next/server";
import { allowedHosts } from "@/lib/core/http/allowed-hosts";
import { checkRequest } from "@/lib/core/http/check-request";
import { contentSecurityPolicy, SECURITY_HEADERS } from "@/lib/core/http/content-security-policy";

// Runs before every request, static files and server actions included (no matcher): the Host and
// Origin checks of lib/core/http/check-request.ts, then a fresh CSP nonce and the security headers.

const ALLOWED = allowedHosts({
  configured: process.env.DUIZHAO_ALLOWED_HOSTS,
  // scripts/serve-common.mjs sets HOSTNAME to the address it makes Next listen on.
  listenHost: process.env.HOSTNAME,
  interfaceAddresses: Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((entry) => entry.address)),
});
const IS_DEV = process.env.NODE_ENV === "development";

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
  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers } }), csp);
}
