/**
 * The Content-Security-Policy of every response. Scripts run only with this response's nonce (Next
 * puts it on its own scripts) or when loaded by such a script ('strict-dynamic'): no inline script, no
 * eval (development only: React rebuilds server error stacks with eval). Style elements need the nonce
 * too; style attributes are allowed ('unsafe-inline' in style-src-attr) because React writes layout
 * values (virtualized rows, popover positions) into them and a style attribute cannot carry a nonce.
 * In development Next injects style elements without a nonce, so styles are not restricted there.
 */
export function contentSecurityPolicy({ nonce, isDev }: { nonce: string; isDev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    isDev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The other security headers of every response: no framing, no MIME sniffing, no referrer to other sites. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
};
