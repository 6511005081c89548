// The pages and routes a stranger may reach in team mode; everything else needs a signed-in user.
const PUBLIC_ROOTS = ["/sign-in", "/invite", "/welcome", "/api/auth"];

/** True for the sign-in, invitation and first-run pages and better-auth's own routes (and below them). */
export function isPublicPath(pathname: string): boolean {
  return PUBLIC_ROOTS.some((root) => pathname === root || pathname.startsWith(`${root}/`));
}

/** Where sign-in returns to: a path on this site only (no //host, no scheme, no public page), else "/". */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return isPublicPath(value.split(/[?#]/)[0] ?? value) ? "/" : value;
}
